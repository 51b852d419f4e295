using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary><c>social.unfollow</c>: stops following, or withdraws a pending follow request (answers the same when the caller did neither).</summary>
internal sealed class UnfollowProcedure() : RpcProcedure<UserRefInput, FollowOutput>("social.unfollow", idempotent: true)
{
    /// <inheritdoc />
    protected override async Task<FollowOutput> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        var followeeId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        if (followeeId != context.UserId)
        {
            await context.Grains.GetGrain<IUserGrain>(context.UserId).UnfollowAsync(followeeId).ConfigureAwait(false);
        }

        return new FollowOutput(false);
    }
}
