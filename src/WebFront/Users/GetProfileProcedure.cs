using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Users;

/// <summary>
/// <c>user.getProfile</c>: a profile by <c>username</c> or <c>userId</c>, as the caller may see it. A signed-in caller
/// looking at someone else also gets <c>isBlocking</c> and <c>isMuting</c>; a user who blocks the caller answers
/// 404 / 1302, as if there were no such user.
/// </summary>
internal sealed class GetProfileProcedure() : RpcProcedure<UserRefInput, ProfileOutput>("user.getProfile", requiresSession: false)
{
    /// <inheritdoc />
    protected override async Task<ProfileOutput> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        var userId = await ResolveAsync(input, context).ConfigureAwait(false);
        var viewerId = context.Session?.UserId;
        var profile = context.Grains.GetGrain<IUserGrain>(userId).ViewProfileAsync(viewerId);
        var relation = viewerId is null || viewerId == userId ? null : context.Grains.GetGrain<IBlockListGrain>(viewerId).RelationToAsync(userId);
        var view = await profile.ConfigureAwait(false);

        // A suspended account's profile is hidden, as if there were none, from everyone but staff.
        if (view.Suspended && (context.Session is null || await StaffGate.RoleOfAsync(context).ConfigureAwait(false) == AccountRole.Member))
        {
            throw new VrssException(ErrorCode.UserNotFound, "user not found");
        }

        if (relation is null)
        {
            return ProfileOutput.From(view);
        }

        var seen = await relation.ConfigureAwait(false);
        return seen.IsBlockedBy
            ? throw new VrssException(ErrorCode.UserNotFound, "user not found")
            : ProfileOutput.From(view, seen);
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
