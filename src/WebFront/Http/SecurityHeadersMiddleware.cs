using Microsoft.AspNetCore.Http;
using Vrss.WebFront.Client;

namespace Vrss.WebFront.Http;

/// <summary>
/// Security headers on every response: <c>nosniff</c>, no referrer, no framing, a restrictive CSP (the PWA's
/// policy on HTML, <c>default-src 'none'</c> on everything else), <c>no-store</c> on the API, HSTS over HTTPS.
/// Written when the response starts, so they are also on error responses.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, ClientContentSecurityPolicy clientPolicy)
{
    private const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Runs the middleware.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state =>
        {
            var (context, htmlPolicy) = ((HttpContext, string))state;
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            var isHtml = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

            // An endpoint that set a stricter policy of its own (served media add "sandbox") keeps it.
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = isHtml ? htmlPolicy : ApiContentSecurityPolicy;
            }
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
            }

            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return Task.CompletedTask;
        }, (context, clientPolicy.Value));
        return next(context);
    }
}
