using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Users;

/// <summary><c>user.getProfile</c>: a profile by <c>username</c> or <c>userId</c>, as the caller may see it.</summary>
internal sealed class GetProfileProcedure() : RpcProcedure<UserRefInput, ProfileOutput>("user.getProfile", requiresSession: false)
{
    /// <inheritdoc />
    protected override async Task<ProfileOutput> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        var userId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        var view = await context.Grains.GetGrain<IUserGrain>(userId).ViewProfileAsync(context.Session?.UserId).ConfigureAwait(false);
        return ProfileOutput.From(view);
    }
}
