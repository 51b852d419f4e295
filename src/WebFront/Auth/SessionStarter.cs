using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Auth;

/// <summary>Starting a session: a fresh token on every login, recorded by its hash, set as the cookie.</summary>
internal static class SessionStarter
{
    public static async Task<string> StartAsync(RpcContext context, string userId)
    {
        var token = SecretToken.Create();
        await context.Grains.GetGrain<ISessionGrain>(SecretToken.KeyOf(token)).StartAsync(userId).ConfigureAwait(false);
        SessionCookie.Append(context.HttpContext, token);
        return token;
    }
}
