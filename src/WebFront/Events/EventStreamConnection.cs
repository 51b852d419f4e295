using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Events;

/// <summary>
/// One open <c>/api/stream</c> response. It subscribes to the user's stream first (live events queue up), then
/// asks the user's event log what came after <c>Last-Event-ID</c> and writes that, then writes the queued and
/// later events, skipping ids already written: so nothing is missed or repeated across the hand-over. An event
/// whose predecessor was never written (a live item lost while a stream rendezvous moved, say) makes it fetch the
/// gap from the log first; every heartbeat also re-checks the session and fetches anything missed.
/// The queue is bounded: a client that falls further behind, or accepts no bytes for the stall timeout, is
/// disconnected and resumes with <c>Last-Event-ID</c>.
/// </summary>
internal sealed partial class EventStreamConnection
{
    private readonly HttpContext _context;
    private readonly CallerSession _session;
    private readonly IGrainFactory _grains;
    private readonly EventStreamOptions _options;
    private readonly TimeProvider _time;
    private readonly JsonSerializerOptions _json;
    private readonly ILogger _logger;

    // A null item is a heartbeat: it travels in the same queue so that it is written in order with the events.
    private readonly Channel<UserEvent?> _pending;
    private readonly CancellationTokenSource _stop = new();
    private readonly DateTimeOffset _openedAt;
    private int _reason;
    private Observer? _observer;
    private IUserStreamObserver? _subscription;
    private long _lastWritten;
    private long _lastFlush;

    public EventStreamConnection(HttpContext context, CallerSession session, IGrainFactory grains, EventStreamOptions options, TimeProvider time, JsonSerializerOptions json, ILogger logger)
    {
        _context = context;
        _session = session;
        _grains = grains;
        _options = options;
        _time = time;
        _json = json;
        _logger = logger;
        _pending = Channel.CreateBounded<UserEvent?>(new BoundedChannelOptions(options.BufferCapacity) { SingleReader = true, SingleWriter = false });
        _openedAt = time.GetUtcNow();
    }

    public CloseReason Reason => (CloseReason)Volatile.Read(ref _reason);

    private IUserEventsGrain Log => _grains.GetGrain<IUserEventsGrain>(_session.UserId);

    /// <summary>
    /// Streams until the client leaves, its session ends, it falls behind, the user opens one stream too many
    /// (the oldest closes), or the silo stops.
    /// </summary>
    public async Task RunAsync(long? lastEventId, CancellationToken shutdown)
    {
        using var aborted = _context.RequestAborted.Register(static c => ((EventStreamConnection)c!).Close(CloseReason.Finished), this);
        using var stopping = shutdown.Register(static c => ((EventStreamConnection)c!).Close(CloseReason.Shutdown), this);
        IUserStreamObserver? subscription = null;
        ITimer? heartbeat = null;
        try
        {
            try
            {
                // The observer object is held here: Orleans keeps only a weak reference to it.
                _observer = new Observer(this);
                subscription = _grains.CreateObjectReference<IUserStreamObserver>(_observer);
                await Log.SubscribeAsync(subscription, _openedAt);
                _subscription = subscription;

                // Checked again now that revocations reach us: one that landed before the subscription is not missed.
                if (await SessionStatusAsync() != SessionStatus.Active)
                {
                    await RpcEnvelope.WriteErrorAsync(_context, new RpcError(ErrorCode.Unauthorized, "Sign in to do this."));
                    return;
                }

                var backlog = await Log.GetSinceAsync(lastEventId);
                await StartAsync(_stop.Token);
                _lastWritten = lastEventId ?? backlog.LastId;
                WriteBacklog(backlog);
                await FlushAsync();
                heartbeat = _time.CreateTimer(static c => ((EventStreamConnection)c!).OnHeartbeat(), this, _options.HeartbeatInterval, _options.HeartbeatInterval);
                await PumpAsync();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // Closed: the reason says how, below.
            }

            await SayWhyAsync();
        }
        finally
        {
            Close(CloseReason.Finished);
            heartbeat?.Dispose();
            _pending.Writer.TryComplete();
            if (subscription is not null)
            {
                await UnsubscribeQuietlyAsync(subscription);
            }

            if (Reason is CloseReason.TooSlow)
            {
                LogTooSlow(_logger, _session.UserId, _lastWritten);
                _context.Abort();
            }

            _stop.Dispose();
        }
    }

    private async Task PumpAsync()
    {
        var reader = _pending.Reader;
        while (await reader.WaitToReadAsync(_stop.Token))
        {
            while (reader.TryRead(out var item))
            {
                if (item is not null)
                {
                    await DeliverAsync(item);
                }
                else if (await HeartbeatAsync() is not CloseReason.None and var ended)
                {
                    Close(ended);
                    return;
                }
            }

            await FlushAsync();
        }
    }

    private async Task DeliverAsync(UserEvent item)
    {
        if (item.Id <= _lastWritten)
        {
            return;
        }

        if (item.PreviousId > _lastWritten)
        {
            // Something before this event never reached us live: the log has it.
            await CatchUpAsync();
            if (item.Id <= _lastWritten)
            {
                return;
            }
        }

        WriteEvent(item);
    }

    // None to go on, or why the stream must end.
    private async Task<CloseReason> HeartbeatAsync()
    {
        ServerSentEvents.WriteComment(_context.Response.BodyWriter, "ping");
        try
        {
            switch (await SessionStatusAsync())
            {
                case SessionStatus.Expired:
                    return CloseReason.SessionExpired;
                case not SessionStatus.Active:
                    return CloseReason.SessionRevoked;
                default:
                    break;
            }

            // Renewed at every heartbeat: a log that moved silo, or dropped us, hears of this connection again.
            await Log.SubscribeAsync(_subscription!, _openedAt);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            // Not a verdict on the session: the next heartbeat asks again.
        }

        await CatchUpAsync();
        return CloseReason.None;
    }

    // A stream the server ends on purpose says why, in a last event (without an id: it is not in the log), so that
    // the client does not just reconnect. A session that ended before the stream began gets the answer it would
    // get now instead.
    private async Task SayWhyAsync()
    {
        var reason = Reason switch
        {
            CloseReason.SessionRevoked => StreamCloseReasons.SessionRevoked,
            CloseReason.SessionExpired => StreamCloseReasons.SessionExpired,
            CloseReason.TooManyStreams => StreamCloseReasons.TooManyStreams,
            _ => null,
        };
        if (reason is null)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_context.RequestAborted);
        timeout.CancelAfter(_options.StallTimeout);
        try
        {
            if (!_context.Response.HasStarted)
            {
                if (Reason != CloseReason.TooManyStreams)
                {
                    await RpcEnvelope.WriteErrorAsync(_context, new RpcError(ErrorCode.Unauthorized, "Sign in to do this."));
                    return;
                }

                await StartAsync(timeout.Token);
            }

            ServerSentEvents.WriteEvent(_context.Response.BodyWriter, StreamClosedData.EventName, new StreamClosedData(reason), _json);
            await _context.Response.BodyWriter.FlushAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // The client is gone or reads nothing: the stream ends all the same.
        }
    }

    private async Task CatchUpAsync()
    {
        EventBacklog backlog;
        try
        {
            backlog = await Log.GetSinceAsync(_lastWritten);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            // Nothing is written past the gap meanwhile; the next heartbeat tries again.
            LogCatchUpFailed(_logger, exception, _session.UserId);
            return;
        }

        WriteBacklog(backlog);
    }

    private void WriteBacklog(EventBacklog backlog)
    {
        if (!backlog.Complete)
        {
            ServerSentEvents.WriteEvent(_context.Response.BodyWriter, backlog.LastId, "reset", new ResetData(
                "The events after Last-Event-ID are no longer available; reload notifications and the feed."), _json);
            _lastWritten = backlog.LastId;
            return;
        }

        foreach (var item in backlog.Events)
        {
            if (item.Id > _lastWritten)
            {
                WriteEvent(item);
            }
        }
    }

    private void WriteEvent(UserEvent item)
    {
        var output = _context.Response.BodyWriter;
        switch (item.Name)
        {
            case UserEventNames.Notification when item.Notification is { } notification:
                ServerSentEvents.WriteEvent(output, item.Id, item.Name, notification, _json);
                break;
            case UserEventNames.FeedUpdate when item.Post is { } post:
                ServerSentEvents.WriteEvent(output, item.Id, item.Name, new FeedUpdateData(post), _json);
                break;
            case UserEventNames.PostDelete when item.PostId is { } postId:
                ServerSentEvents.WriteEvent(output, item.Id, item.Name, new PostDeletedData(postId), _json);
                break;
            default:
                // An event this silo does not know how to show (a newer silo's, during an upgrade): skipped, not fatal.
                LogUnknownEvent(_logger, item.Name, item.Id);
                break;
        }

        _lastWritten = item.Id;
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var response = _context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        _context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(cancellationToken);
        ServerSentEvents.WriteRetry(response.BodyWriter, _options.ClientRetry);
    }

    private async Task FlushAsync()
    {
        var result = await _context.Response.BodyWriter.FlushAsync(_stop.Token);
        if (result.IsCompleted || result.IsCanceled)
        {
            Close(CloseReason.Finished);
            _stop.Token.ThrowIfCancellationRequested();
        }

        Volatile.Write(ref _lastFlush, _time.GetTimestamp());
    }

    private async Task<SessionStatus> SessionStatusAsync() =>
        (await _grains.GetGrain<ISessionGrain>(_session.Key).ValidateAsync()).Status;

    private Task OnItemAsync(UserStreamItem item)
    {
        if (item.CloseReason is not null)
        {
            // Sent to this connection alone: the log dropped it for a newer stream of the user.
            Close(CloseReason.TooManyStreams);
        }
        else if (item.RevokedSessionKey is { } key)
        {
            if (string.Equals(key, _session.Key, StringComparison.Ordinal))
            {
                Close(CloseReason.SessionRevoked);
            }
        }
        else if (item.Event is { } appended && Reason == CloseReason.None && !_pending.Writer.TryWrite(appended))
        {
            Close(CloseReason.TooSlow);
        }

        return Task.CompletedTask;
    }

    private void OnHeartbeat()
    {
        if (Reason != CloseReason.None)
        {
            return;
        }

        var lastFlush = Volatile.Read(ref _lastFlush);
        if (_time.GetElapsedTime(lastFlush) > _options.StallTimeout || !_pending.Writer.TryWrite(null))
        {
            Close(CloseReason.TooSlow);
        }
    }

    private void Close(CloseReason reason)
    {
        if (Interlocked.CompareExchange(ref _reason, (int)reason, (int)CloseReason.None) != (int)CloseReason.None)
        {
            return;
        }

        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Finished already.
        }
    }

    // A dependency that did not answer, not a verdict: the next heartbeat asks again.
    private static bool IsUnavailable(Exception exception) =>
        exception is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException
            or VrssException { Code: ErrorCode.DatabaseError };

    private async Task UnsubscribeQuietlyAsync(IUserStreamObserver subscription)
    {
        try
        {
            _grains.DeleteObjectReference<IUserStreamObserver>(subscription);
            await Log.UnsubscribeAsync(subscription);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogUnsubscribeFailed(_logger, exception, _session.UserId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live stream of user {UserId} disconnected: the client fell behind (last event written {EventId})")]
    private static partial void LogTooSlow(ILogger logger, string userId, long eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live stream of user {UserId} could not fetch missed events")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live stream of user {UserId} could not unsubscribe")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception exception, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live stream skipped event {EventId}: unknown event name {Name}")]
    private static partial void LogUnknownEvent(ILogger logger, string name, long eventId);

    // Receives the user's events from their log, on whichever silo it lives.
    private sealed class Observer(EventStreamConnection connection) : IUserStreamObserver
    {
        public Task OnItemAsync(UserStreamItem item) => connection.OnItemAsync(item);
    }
}
