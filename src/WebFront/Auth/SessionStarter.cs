using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Auth;

/// <summary>
/// Starting a session: a fresh token on every login, recorded by its hash with the client's network and user
/// agent (so its owner can tell it apart in <c>auth.listSessions</c>), set as the cookie.
/// </summary>
internal static class SessionStarter
{
    public static async Task<string> StartAsync(RpcContext context, string userId)
    {
        var token = SecretToken.Create();
        await context.Grains.GetGrain<ISessionGrain>(SecretToken.KeyOf(token)).StartAsync(userId, ClientDevice.Of(context.HttpContext)).ConfigureAwait(false);
        SessionCookie.Append(context.HttpContext, token);
        return token;
    }
}
