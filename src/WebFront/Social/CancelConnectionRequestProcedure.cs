using Vrss.GrainInterfaces.Social;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary>
/// <c>social.cancelConnectionRequest</c>: the sender withdraws a pending request. Anyone else's request answers
/// 404 / 1301 like a missing one; an answered or already withdrawn one 400 / 1400.
/// </summary>
internal sealed class CancelConnectionRequestProcedure() : RpcProcedure<RequestIdInput, EmptyOutput>("social.cancelConnectionRequest", idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(RequestIdInput input)
    {
        InputIds.Require(input.RequestId, "requestId");
    }

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(RequestIdInput input, RpcContext context)
    {
        await context.Grains.GetGrain<IConnectionsGrain>(0).CancelRequestAsync(context.UserId, input.RequestId!).ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
