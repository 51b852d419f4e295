using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Auth;

/// <summary>A suspended account cannot sign in: 403 / 1102, after its password was found right.</summary>
internal static class SuspensionCheck
{
    /// <summary>
    /// The account's standing; throws 403 / 1102 instead when the account is suspended, first revoking
    /// <paramref name="startedToken"/> if given.
    /// </summary>
    public static async Task<AccountStanding> RefuseSuspendedAsync(RpcContext context, string userId, string? startedToken = null)
    {
        var standing = await context.Grains.GetGrain<IAccountStandingGrain>(userId).GetAsync().ConfigureAwait(false);
        if (!standing.IsSuspended)
        {
            return standing;
        }

        if (startedToken is not null)
        {
            await context.Grains.GetGrain<ISessionGrain>(SecretToken.KeyOf(startedToken)).RevokeAsync().ConfigureAwait(false);
            SessionCookie.Delete(context.HttpContext);
        }

        throw new VrssException(ErrorCode.AccountSuspended, "This account is suspended.");
    }
}
