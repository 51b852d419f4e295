using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Reports;

/// <summary>
/// <c>admin.removePost</c> (moderators and admins): removes a post as its author's deletion would, and tells the author
/// why (<c>content_removed</c>). Audited.
/// </summary>
internal sealed class RemovePostProcedure() : RpcProcedure<RemovePostInput, EmptyOutput>("admin.removePost", requiredRole: AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(RemovePostInput input, RpcContext context)
    {
        var why = StaffReasons.Required(context, input.Reason);
        await context.Grains.GetGrain<IContentRemovalGrain>("0").RemovePostAsync(input.PostId!, why).ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
