using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Vrss.WebFront.Http;

/// <summary>
/// First in the pipeline: gives every request a fresh id, answers it in <c>X-Request-Id</c>, and puts it in the
/// logging scope so every log line of the request carries it. Client-sent ids are not trusted (they would let a
/// client forge or collide log entries); clients correlate with <c>context.correlationId</c>.
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = Guid.CreateVersion7().ToString("N");
        context.TraceIdentifier = id;
        context.Response.Headers[RequestIds.Header] = id;
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = id }))
        {
            await next(context).ConfigureAwait(false);
        }
    }
}
