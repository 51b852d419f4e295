using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Social;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary>
/// <c>social.respondFollowRequest</c>: the caller accepts (the requester becomes a follower) or rejects a pending
/// follow request addressed to them; 404 / 1301 when that user has no pending request to the caller. The caller
/// only ever answers their own requests: the grain addressed is the caller's. Accepting makes a follow, so it counts
/// against the same budget as <c>social.follow</c>.
/// </summary>
internal sealed class RespondFollowRequestProcedure()
    : RpcProcedure<RespondFollowRequestInput, RespondFollowRequestOutput>("social.respondFollowRequest", rateLimitPolicy: RateLimitPolicies.SocialFollow, idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(RespondFollowRequestInput input)
    {
        if (input.Accept is null)
        {
            throw VrssException.Invalid("accept", "accept is required (true or false)", ErrorCode.MissingRequiredField);
        }
    }

    /// <inheritdoc />
    protected override async Task<RespondFollowRequestOutput> ExecuteAsync(RespondFollowRequestInput input, RpcContext context)
    {
        var requesterId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        var accept = input.Accept!.Value;
        await context.Grains.GetGrain<IFollowRequestsGrain>(context.UserId).RespondFollowRequestAsync(requesterId, accept).ConfigureAwait(false);
        return new RespondFollowRequestOutput(accept);
    }
}
