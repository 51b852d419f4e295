using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Http;

/// <summary>
/// Records each request once it is answered: the RPC metrics (<see cref="RpcMetrics"/>), and one log line: method, path, procedure, status, duration, correlation id and
/// user id (the request id is in the line's scope). The path is logged without its query string, which can carry
/// signed upload tokens; bodies, headers and cookies are never logged, so tokens, passwords and emails stay out.
/// Category <c>Vrss.WebFront.Http.AccessLogMiddleware</c>: raise it to Warning to switch the access log off.
/// </summary>
public sealed partial class AccessLogMiddleware(RequestDelegate next, RpcMetrics metrics, ILogger<AccessLogMiddleware> logger)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The answer's metadata echoes the correlation id from this feature, so it is there even with the log off.
        var details = new RequestLogFeature();
        context.Features.Set(details);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            Record(context, details, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private void Record(HttpContext context, RequestLogFeature details, double milliseconds)
    {
        if (details.Procedure is { } procedure && Activity.Current is { } span)
        {
            // One RPC endpoint carries every call; the span is named after what was called.
            span.DisplayName = "rpc " + procedure;
        }

        if (details.Outcome is { } outcome && context.Request.Path == Rpc.RpcEndpoint.Path)
        {
            metrics.RecordCall(details.Procedure ?? "(unknown)", outcome, milliseconds);
        }

        if (details.RefusedBy is { } policy)
        {
            metrics.RecordRefusal(policy);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            var userId = context.Features.Get<SessionFeature>()?.Resolved?.Session?.UserId;
            LogAnswered(
                logger,
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                details.Procedure ?? "-",
                context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode,
                milliseconds,
                details.CorrelationId ?? "-",
                userId ?? "-");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {Procedure} answered {Status} in {DurationMs:0.0} ms (correlation {CorrelationId}, user {UserId})")]
    private static partial void LogAnswered(ILogger logger, string method, string path, string procedure, int status, double durationMs, string correlationId, string userId);
}
