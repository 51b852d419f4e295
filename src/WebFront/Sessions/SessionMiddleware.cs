using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Vrss.WebFront.Sessions;

/// <summary>
/// Session authentication: finds the token (<c>Authorization: Bearer</c>, else the <c>vrss_session</c> cookie)
/// and attaches a <see cref="SessionFeature"/>; the check itself runs when an endpoint first asks.
/// </summary>
public sealed class SessionMiddleware(RequestDelegate next, IGrainFactory grains, SessionLookupGuard guard)
{
    /// <summary>Runs the middleware.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? token = null;
        var fromCookie = false;
        var authorization = context.Request.Headers[HeaderNames.Authorization].ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            token = authorization["Bearer ".Length..].Trim();
        }
        else if (context.Request.Cookies.TryGetValue(SessionCookie.Name, out var cookie) && !string.IsNullOrEmpty(cookie))
        {
            token = cookie;
            fromCookie = true;
        }

        context.Features.Set(new SessionFeature(context, grains, guard, token, fromCookie));
        return next(context);
    }
}
