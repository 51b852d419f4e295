using Microsoft.AspNetCore.Http;

namespace Vrss.WebFront.Sessions;

/// <summary>The <c>vrss_session</c> cookie: HttpOnly, SameSite=Lax, Path=/, Max-Age 7 days, Secure over HTTPS.</summary>
public static class SessionCookie
{
    /// <summary>The cookie's name.</summary>
    public const string Name = "vrss_session";

    /// <summary>The cookie's Max-Age.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);

    /// <summary>Sets the cookie to <paramref name="token"/>.</summary>
    public static void Append(HttpContext context, string token)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Name, token, Options(context, MaxAge));
    }

    /// <summary>Tells the browser to drop the cookie.</summary>
    public static void Delete(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Name, "", Options(context, TimeSpan.Zero));
    }

    private static CookieOptions Options(HttpContext context, TimeSpan maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        MaxAge = maxAge,
        Secure = context.Request.IsHttps,
        IsEssential = true,
    };
}
