using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Reports;

/// <summary>
/// A moderator's removal of one piece of content (<c>admin.removePost</c>, <c>admin.removeComment</c>): a reason is
/// required (400 / 1201 when blank), and the removal grain deletes it as its author would, tells the author why and
/// audits it.
/// </summary>
/// <typeparam name="TInput">The procedure's input: the content's id and the reason.</typeparam>
internal abstract class ContentRemovalProcedure<TInput>(string name) : RpcProcedure<TInput, EmptyOutput>(name, requiredRole: AccountRole.Moderator)
    where TInput : class
{
    /// <inheritdoc />
    protected sealed override async Task<EmptyOutput> ExecuteAsync(TInput input, RpcContext context)
    {
        var why = StaffReasons.Required(context, ReasonOf(input));
        await RemoveAsync(context.Grains.GetGrain<IContentRemovalGrain>("0"), input, why).ConfigureAwait(false);
        return EmptyOutput.Instance;
    }

    /// <summary>The reason the input gives.</summary>
    protected abstract string? ReasonOf(TInput input);

    /// <summary>Removes the content the input names.</summary>
    protected abstract Task RemoveAsync(IContentRemovalGrain removal, TInput input, StaffReason why);
}
