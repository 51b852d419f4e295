using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Vrss.Runtime.Hosting;

namespace Vrss.Runtime.Messaging;

/// <summary>
/// Calls whose callers are waiting, with their deadlines. One sweep timer answers every overdue call with a
/// <see cref="TimeoutException"/>, so a deadlocked call cycle ends instead of hanging, without a timer per call.
/// </summary>
internal sealed class PendingCalls : IDisposable
{
    private readonly ConcurrentDictionary<long, Message> _calls = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly long _timeoutTicks;
    private readonly ITimer _sweeper;
    private long _nextId;

    // Call deadlines are infrastructure and run on the system clock; an injected test clock moves grain time only.
    public PendingCalls(IOptions<GrainRuntimeOptions> options)
    {
        var time = TimeProvider.System;
        _time = time;
        _timeout = options.Value.ResponseTimeout;
        _timeoutTicks = (long)(_timeout.TotalSeconds * time.TimestampFrequency);
        var period = TimeSpan.FromTicks(Math.Clamp(_timeout.Ticks / 4, TimeSpan.TicksPerMillisecond * 10, TimeSpan.TicksPerSecond));
        _sweeper = time.CreateTimer(static s => ((PendingCalls)s!).Sweep(), this, period, period);
    }

    public TimeSpan Timeout => _timeout;

    public int Count => _calls.Count;

    /// <summary>Starts waiting for the message's answer; a message that already has a deadline keeps it.</summary>
    public void Register(Message message)
    {
        message.CallId = Interlocked.Increment(ref _nextId);
        if (message.Deadline == long.MaxValue)
        {
            message.Deadline = _time.GetTimestamp() + _timeoutTicks;
        }

        _calls[message.CallId] = message;
    }

    /// <summary>The time left before the message's deadline.</summary>
    public TimeSpan Remaining(Message message) =>
        message.Deadline == long.MaxValue ? _timeout : _time.GetElapsedTime(_time.GetTimestamp(), message.Deadline);

    public void Remove(Message message) => _calls.TryRemove(message.CallId, out _);

    public bool TryTake(long callId, out Message message) => _calls.TryRemove(callId, out message!);

    /// <summary>The waiting calls that match (for example, calls sent on a connection that was lost).</summary>
    public List<Message> Where(Func<Message, bool> predicate) => [.. _calls.Values.Where(predicate)];

    public void Dispose() => _sweeper.Dispose();

    private void Sweep()
    {
        var now = _time.GetTimestamp();
        foreach (var (id, message) in _calls)
        {
            if (message.Deadline <= now && _calls.TryRemove(id, out _))
            {
                message.SetException(new TimeoutException(
                    $"{message} did not answer within {_timeout.TotalSeconds:0.###} s (call cycle or overloaded grain)."));
            }
        }
    }
}
