using Microsoft.AspNetCore.Http;

namespace Vrss.WebFront.Sessions;

/// <summary>Access to the caller's session from any endpoint (RPC, the event stream).</summary>
public static class HttpContextSessionExtensions
{
    /// <summary>Checks the request's session; <see cref="SessionLookup.None"/> without a token.</summary>
    public static Task<SessionLookup> GetSessionAsync(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<SessionFeature>()?.GetAsync() ?? Task.FromResult(SessionLookup.None);
    }
}
