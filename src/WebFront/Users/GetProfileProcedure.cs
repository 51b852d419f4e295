using Vrss.GrainInterfaces.Errors;
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
        var userId = await ResolveAsync(input, context).ConfigureAwait(false);
        var view = await context.Grains.GetGrain<IUserGrain>(userId).ViewProfileAsync(context.Session?.UserId).ConfigureAwait(false);
        return ProfileOutput.From(view);
    }

    // A renamed account's old name finds it while reserved (API.md, user.changeUsername); the profile shows the new one.
    private static async Task<string> ResolveAsync(UserRefInput input, RpcContext context)
    {
        try
        {
            return await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        }
        catch (VrssException exception) when (exception.Code == ErrorCode.UserNotFound && input.UserId is null && input.Username is { } name)
        {
            var renamed = await context.Grains.GetGrain<IUserLookupGrain>(UserLookupKey.ForUsername(name)).FindRenamedUserIdAsync().ConfigureAwait(false);
            if (renamed is null)
            {
                throw;
            }

            return renamed;
        }
    }
}
