using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Social;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary>
/// <c>social.follow</c>: 400 / 1403 when already following, 400 / 1201 for oneself, 404 / 1302 for an unknown user;
/// a user who approves followers gets a follow request instead (<c>{ following: false, requested: true }</c>, also when
/// asked again); 400 follows per 24 hours per user.
/// </summary>
internal sealed class FollowProcedure() : RpcProcedure<UserRefInput, FollowOutput>("social.follow", rateLimitPolicy: RateLimitPolicies.SocialFollow, idempotent: true)
{
    /// <inheritdoc />
    protected override async Task<FollowOutput> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        var followeeId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        if (followeeId == context.UserId)
        {
            throw VrssException.Invalid(SocialQueries.UserField(input.UserId), "you cannot follow yourself");
        }

        var result = await context.Grains.GetGrain<IUserGrain>(context.UserId).FollowAsync(followeeId).ConfigureAwait(false);
        return result == FollowResult.Requested ? new FollowOutput(Following: false, Requested: true) : new FollowOutput(Following: true);
    }
}
