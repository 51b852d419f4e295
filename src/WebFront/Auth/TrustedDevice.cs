using Vrss.GrainInterfaces.Sessions;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>Device tokens on the login path: checking one against a login name, issuing or renewing one on success.</summary>
internal static class TrustedDevice
{
    /// <summary>Whether <paramref name="deviceToken"/> signed in before as the owner of the login name <paramref name="lookupKey"/>.</summary>
    public static async Task<bool> IsTrustedForAsync(RpcContext context, string lookupKey, string deviceToken)
    {
        var userId = await context.Grains.GetGrain<IUserLookupGrain>(lookupKey).FindUserIdAsync().ConfigureAwait(false);
        return userId is not null
            && await context.Grains.GetGrain<ITrustedDevicesGrain>(userId).IsTrustedAsync(SecretToken.KeyOf(deviceToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// After a successful sign-in: keeps the presented token when it is already this user's (renewing it), else issues
    /// a fresh one, so a token planted in a browser by someone else never becomes trusted. Sets the cookie, returns the token.
    /// </summary>
    public static async Task<string> RememberAsync(RpcContext context, string userId, string? presented)
    {
        var devices = context.Grains.GetGrain<ITrustedDevicesGrain>(userId);
        var token = presented is not null && await devices.IsTrustedAsync(SecretToken.KeyOf(presented)).ConfigureAwait(false)
            ? presented
            : SecretToken.Create();
        await devices.TrustAsync(SecretToken.KeyOf(token)).ConfigureAwait(false);
        DeviceCookie.Append(context.HttpContext, token);
        return token;
    }
}
