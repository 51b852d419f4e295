using System.Globalization;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Http;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Events;

/// <summary>
/// <c>GET /api/stream</c>: the signed-in user's live events as server-sent events (API.md "Live stream"). The
/// session comes from the cookie or a bearer token (401 envelope without one); opening a stream counts against
/// the user's general rate limit. <c>Last-Event-ID</c> (or <c>?lastEventId=</c>, for a first connection that
/// resumes) replays what was missed; an id the log cannot replay exactly gets a <c>reset</c> event first.
/// </summary>
public sealed class EventStreamEndpoint(
    IGrainFactory grains,
    RpcEndpoint rpc,
    RpcRateLimiter rateLimiter,
    IOptions<EventStreamOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    IMeterFactory meters,
    ILogger<EventStreamEndpoint> logger)
{
    /// <summary>The path of the endpoint.</summary>
    public const string Path = "/api/stream";

    private readonly OpenStreamGauge _open = new(meters);

    /// <summary>How many streams this silo holds open.</summary>
    public int OpenStreams => _open.Count;

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lookup = await context.GetSessionAsync().ConfigureAwait(false);
        if (lookup.Session is not { } session)
        {
            await RpcEnvelope.WriteErrorAsync(context, lookup.Status == SessionStatus.Expired
                ? new RpcError(ErrorCode.SessionExpired, "The session expired; sign in again.")
                : new RpcError(ErrorCode.Unauthorized, "Sign in to do this.")).ConfigureAwait(false);
            return;
        }

        var decision = await rateLimiter.AcquireAsync(RateLimitPolicies.Default, "user:" + session.UserId).ConfigureAwait(false);
        rateLimiter.WriteHeaders(context.Response, decision);
        if (!decision.Allowed)
        {
            await RpcEnvelope.WriteErrorAsync(context, RpcErrors.From(RpcContext.RateLimited(RateLimitPolicies.Default, decision), out _)).ConfigureAwait(false);
            return;
        }

        var connection = new EventStreamConnection(context, session, grains, options.Value, time, rpc.JsonOptions, logger);
        _open.Opened();
        try
        {
            await connection.RunAsync(ReadLastEventId(context.Request), lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        finally
        {
            _open.Closed();
        }
    }

    // An id that is not one of ours (garbage, negative) is sent on as -1: the log answers "cannot replay" and the
    // client gets a reset rather than a silent fresh start.
    private static long? ReadLastEventId(HttpRequest request)
    {
        var text = request.Headers["Last-Event-ID"].ToString();
        if (string.IsNullOrEmpty(text))
        {
            text = request.Query["lastEventId"].ToString();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
    }
}
