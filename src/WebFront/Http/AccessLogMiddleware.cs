using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Http;

/// <summary>
/// One log line per request once it is answered: method, path, procedure, status, duration, correlation id and
/// user id (the request id is in the line's scope). The path is logged without its query string, which can carry
/// signed upload tokens; bodies, headers and cookies are never logged, so tokens, passwords and emails stay out.
/// Category <c>Vrss.WebFront.Http.AccessLogMiddleware</c>: raise it to Warning to switch the access log off.
/// </summary>
public sealed partial class AccessLogMiddleware(RequestDelegate next, ILogger<AccessLogMiddleware> logger)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The answer's metadata echoes the correlation id from this feature, so it is there even with the log off.
        var details = new RequestLogFeature();
        context.Features.Set(details);
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var userId = context.Features.Get<SessionFeature>()?.Resolved?.Session?.UserId;
            LogAnswered(
                logger,
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                details.Procedure ?? "-",
                context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                details.CorrelationId ?? "-",
                userId ?? "-");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {Procedure} answered {Status} in {DurationMs:0.0} ms (correlation {CorrelationId}, user {UserId})")]
    private static partial void LogAnswered(ILogger logger, string method, string path, string procedure, int status, double durationMs, string correlationId, string userId);
}
