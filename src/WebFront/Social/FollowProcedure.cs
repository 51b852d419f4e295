using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary>
/// <c>social.follow</c>: 400 / 1403 when already following, 400 / 1201 for oneself, 404 / 1302 for an unknown user;
/// 400 follows per 24 hours per user.
/// </summary>
internal sealed class FollowProcedure() : RpcProcedure<UserRefInput, FollowOutput>("social.follow", rateLimitPolicy: RateLimitPolicies.SocialFollow)
{
    /// <inheritdoc />
    protected override async Task<FollowOutput> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        var followeeId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        if (followeeId == context.UserId)
        {
            throw VrssException.Invalid(SocialQueries.UserField(input.UserId), "you cannot follow yourself");
        }

        await context.Grains.GetGrain<IUserGrain>(context.UserId).FollowAsync(followeeId).ConfigureAwait(false);
        return new FollowOutput(true);
    }
}
