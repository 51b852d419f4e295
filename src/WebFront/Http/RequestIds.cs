using Microsoft.AspNetCore.Http;

namespace Vrss.WebFront.Http;

/// <summary>The request id set by <see cref="RequestIdMiddleware"/>.</summary>
public static class RequestIds
{
    /// <summary>The response header carrying the request id.</summary>
    public const string Header = "X-Request-Id";

    /// <summary>This request's id.</summary>
    public static string GetRequestId(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.TraceIdentifier;
    }
}
