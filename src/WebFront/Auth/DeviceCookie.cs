using Microsoft.AspNetCore.Http;
using Vrss.GrainInterfaces.Sessions;

namespace Vrss.WebFront.Auth;

/// <summary>
/// The device token: cookie <c>vrss_device</c> (HttpOnly, SameSite=Lax, Path=/api, Max-Age 365 days, Secure over
/// HTTPS) for browsers, request header <c>X-Vrss-Device</c> for other clients. It marks a client that has signed in
/// before, which lets its owner sign in while other people's failures lock the login name.
/// </summary>
internal static class DeviceCookie
{
    /// <summary>The cookie's name.</summary>
    public const string Name = "vrss_device";

    /// <summary>The header non-browser clients send the token in.</summary>
    public const string Header = "X-Vrss-Device";

    /// <summary>The cookie's Max-Age, the time a device stays trusted after its last sign-in.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(365);

    /// <summary>The token the request presents (header first, then cookie), when it has a token's shape.</summary>
    public static string? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers[Header].ToString();
        var token = header.Length > 0 ? header : context.Request.Cookies[Name];
        return SecretToken.IsWellFormed(token) ? token : null;
    }

    /// <summary>Sets the cookie to <paramref name="token"/>.</summary>
    public static void Append(HttpContext context, string token)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            // Only the RPC endpoint reads it; no reason to send it with media or the PWA's files.
            Path = "/api",
            MaxAge = MaxAge,
            Secure = context.Request.IsHttps,
            IsEssential = true,
        });
    }
}
