using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Social;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary>
/// <c>social.removeConnection</c>: either side ends a connection; answers the same when the two were not connected,
/// so a repeat is harmless.
/// </summary>
internal sealed class RemoveConnectionProcedure() : RpcProcedure<UserRefInput, EmptyOutput>("social.removeConnection", idempotent: true)
{
    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        var otherId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        if (otherId == context.UserId)
        {
            throw VrssException.Invalid(input.Username is null ? "userId" : "username", "you are not connected with yourself");
        }

        await context.Grains.GetGrain<IConnectionsGrain>(0).RemoveAsync(context.UserId, otherId).ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
