using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Http;

/// <summary>
/// The last line: an exception that escapes any endpoint or middleware after this one becomes an error envelope
/// (500 / 1900 for the unexpected, logged with the request id) instead of a bare 500 or a stack trace.
/// </summary>
public sealed partial class ErrorEnvelopeMiddleware(RequestDelegate next, ILogger<ErrorEnvelopeMiddleware> logger)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            var error = RpcErrors.From(exception, out var unexpected);
            if (unexpected)
            {
                LogUnexpected(logger, context.GetRequestId(), context.Request.Path, exception);
            }

            await RpcEnvelope.WriteErrorAsync(context, error).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {RequestId} ({Path}) failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, string requestId, string path, Exception exception);
}
