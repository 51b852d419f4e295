using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Http;
using Vrss.WebFront.Idempotency;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Rpc;

/// <summary>
/// <c>/api/rpc</c>: reads the envelope, finds the procedure, checks the session, runs the procedure and answers
/// the envelope. Whatever goes wrong becomes an error envelope with its code's status; an unexpected exception
/// is logged with the request id and answers 500 / 1900 with nothing else.
/// </summary>
public sealed partial class RpcEndpoint(
    RpcProcedureRegistry registry,
    IdempotentCalls idempotentCalls,
    IOptions<WebFrontOptions> options,
    ILogger<RpcEndpoint> logger)
{
    /// <summary>The path of the endpoint.</summary>
    public const string Path = "/api/rpc";

    private readonly JsonSerializerOptions _json = RpcJson.CreateOptions();

    /// <summary>The JSON rules the endpoint binds inputs and writes data with.</summary>
    public JsonSerializerOptions JsonOptions => _json;

    /// <summary>Handles one request (any method: everything but POST answers 405).</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "POST";
            // 405 has no code in API.md's table; the envelope still says what is wrong.
            await RpcEnvelope.WriteErrorAsync(
                context,
                new RpcError(ErrorCode.ValidationError, "Use POST for /api/rpc."),
                StatusCodes.Status405MethodNotAllowed).ConfigureAwait(false);
            return;
        }

        string? procedureName = null;
        try
        {
            using var request = await RpcRequestReader.ReadAsync(context.Request, options.Value.MaxRpcBodyBytes).ConfigureAwait(false);
            procedureName = request.Procedure;
            var log = context.Features.Get<RequestLogFeature>();
            if (log is not null)
            {
                log.CorrelationId = request.CorrelationId;
            }

            using var correlation = request.CorrelationId is { } correlationId
                ? logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId })
                : null;
            if (!registry.TryGet(request.Procedure, out var procedure))
            {
                throw new VrssException(ErrorCode.NotFound, "Unknown procedure.");
            }

            if (log is not null)
            {
                log.Procedure = procedure.Name;
            }

            var lookup = await context.GetSessionAsync().ConfigureAwait(false);
            if (procedure.RequiresSession && lookup.Session is null)
            {
                throw lookup.Status == SessionStatus.Expired
                    ? new VrssException(ErrorCode.SessionExpired, "The session expired; sign in again.")
                    : new VrssException(ErrorCode.Unauthorized, "Sign in to do this.");
            }

            var rpc = new RpcContext(context, procedure.Name, lookup.Session, _json);

            // Keys are per user; every keyed procedure needs a session, so an anonymous caller never reaches a key.
            if (procedure.Idempotent && request.IdempotencyKey is { } key && lookup.Session is { } session)
            {
                await idempotentCalls.RunAsync(procedure, request, rpc, session.UserId, key).ConfigureAwait(false);
                return;
            }

            var data = await procedure.InvokeAsync(request.Input, rpc).ConfigureAwait(false);
            await RpcEnvelope.WriteSuccessAsync(context, data, _json).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is listening for an answer.
        }
        catch (Exception exception)
        {
            var error = RpcErrors.From(exception, out var unexpected);
            var name = procedureName is { Length: <= 100 } ? procedureName : "(unknown)";
            if (unexpected)
            {
                LogUnexpected(logger, context.GetRequestId(), name, exception);
            }
            else if (error.HttpStatus >= 500)
            {
                LogUnavailable(logger, context.GetRequestId(), name, (int)error.Code, exception.Message);
            }

            await RpcEnvelope.WriteErrorAsync(context, error).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {RequestId} ({Procedure}) failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, string requestId, string procedure, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId} ({Procedure}) answered {Code}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string requestId, string procedure, int code, string reason);
}
