using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Idempotency;
using Vrss.WebFront.Http;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Idempotency;

/// <summary>
/// Runs a keyed write (API.md, "Idempotency keys"): claims the caller's key in the cluster-wide ledger, then runs the
/// procedure and records its answer, or replays the answer recorded before, or refuses (the key names another call,
/// or the first call is still running). Answers worth retrying (429, 5xx, a client that went away) are not
/// recorded: the claim is given up, so a repeat runs the call again.
/// </summary>
public sealed partial class IdempotentCalls(IGrainFactory grains, ILogger<IdempotentCalls> logger)
{
    /// <summary>The header on an answer that was replayed from the ledger instead of running the call.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    // Stateless worker: "0" is a name, not a shard; each silo runs its own activations.
    private IIdempotencyGrain Ledger => grains.GetGrain<IIdempotencyGrain>("0");

    /// <summary>Runs <paramref name="procedure"/> for <paramref name="userId"/> under <paramref name="key"/> and writes the answer.</summary>
    public async Task RunAsync(IRpcProcedure procedure, RpcRequest request, RpcContext rpc, string userId, string key)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rpc);
        var context = rpc.HttpContext;
        var claim = await Ledger.ClaimAsync(userId, key, procedure.Name, InputFingerprint.Of(request.Input)).ConfigureAwait(false);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Mismatch:
                throw VrssException.Invalid(
                    "context.idempotencyKey",
                    "This idempotency key was already used for another call (another procedure or another input); use a new key for a new call.",
                    ErrorCode.IdempotencyKeyReused);
            case IdempotencyOutcome.InProgress:
                context.Response.Headers.RetryAfter = "1";
                throw new VrssException(
                    ErrorCode.RequestInProgress,
                    "The first request with this idempotency key is still running; send it again shortly to get its answer.");
            case IdempotencyOutcome.Replay:
                context.Response.Headers[ReplayedHeader] = "true";
                var answer = claim.Answer!;
                await (answer.Status == StatusCodes.Status200OK
                    ? RpcEnvelope.WriteSuccessJsonAsync(context, answer.Json)
                    : RpcEnvelope.WriteErrorJsonAsync(context, answer.Json, answer.Status)).ConfigureAwait(false);
                return;
        }

        rpc.IdempotencySeed = claim.Seed;
        object? data;
        try
        {
            data = await procedure.InvokeAsync(request.Input, rpc).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            var error = RpcErrors.From(exception, out _);
            var aborted = exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested;
            if (!aborted && IsFinal(error.HttpStatus))
            {
                await Ledger.CompleteAsync(userId, key, claim.ClaimId, new IdempotentAnswer(error.HttpStatus, RpcEnvelope.ErrorJson(error))).ConfigureAwait(false);
            }
            else
            {
                await ReleaseAsync(userId, key, claim.ClaimId, context).ConfigureAwait(false);
            }

            throw;
        }

        // Recorded before the answer goes out: a client that loses the answer finds it on its repeat.
        var json = JsonSerializer.Serialize(data, data?.GetType() ?? typeof(object), rpc.JsonOptions);
        await Ledger.CompleteAsync(userId, key, claim.ClaimId, new IdempotentAnswer(StatusCodes.Status200OK, json)).ConfigureAwait(false);
        await RpcEnvelope.WriteSuccessJsonAsync(context, json).ConfigureAwait(false);
    }

    // A refusal that a repeat would get again is the call's answer; a limit, an outage or a bug is not.
    private static bool IsFinal(int status) => status < 500 && status != StatusCodes.Status429TooManyRequests;

    private async Task ReleaseAsync(string userId, string key, Guid claimId, HttpContext context)
    {
        try
        {
            await Ledger.ReleaseAsync(userId, key, claimId).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The claim lapses after Vrss:Idempotency:ClaimTimeout instead; the call's own error is what the client gets.
            LogReleaseFailed(logger, context.GetRequestId(), exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId} could not give its idempotency claim up; it lapses by itself")]
    private static partial void LogReleaseFailed(ILogger logger, string requestId, Exception exception);
}
