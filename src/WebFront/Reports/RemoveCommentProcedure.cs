using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Reports;

/// <summary>
/// <c>admin.removeComment</c> (moderators and admins): removes a comment as its author's deletion would, and tells the
/// author why (<c>content_removed</c>, naming the post). Audited.
/// </summary>
internal sealed class RemoveCommentProcedure() : RpcProcedure<RemoveCommentInput, EmptyOutput>("admin.removeComment", requiredRole: AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(RemoveCommentInput input, RpcContext context)
    {
        var why = StaffReasons.Required(context, input.Reason);
        await context.Grains.GetGrain<IContentRemovalGrain>("0").RemoveCommentAsync(input.CommentId!, why).ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
