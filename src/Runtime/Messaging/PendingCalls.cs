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

    public PendingCalls(TimeProvider time, IOptions<GrainRuntimeOptions> options)
    {
        _time = time;
        _timeout = options.Value.ResponseTimeout;
        _timeoutTicks = (long)(_timeout.TotalSeconds * time.TimestampFrequency);
        var period = TimeSpan.FromTicks(Math.Clamp(_timeout.Ticks / 4, TimeSpan.TicksPerMillisecond * 10, TimeSpan.TicksPerSecond));
        _sweeper = time.CreateTimer(static s => ((PendingCalls)s!).Sweep(), this, period, period);
    }

    public TimeSpan Timeout => _timeout;

    public int Count => _calls.Count;

    public void Register(Message message)
    {
        message.CallId = Interlocked.Increment(ref _nextId);
        message.Deadline = _time.GetTimestamp() + _timeoutTicks;
        _calls[message.CallId] = message;
    }

    public void Remove(Message message) => _calls.TryRemove(message.CallId, out _);

    public bool TryTake(long callId, out Message message) => _calls.TryRemove(callId, out message!);

    /// <summary>Answers every waiting call that matches with an exception (for example, calls to a silo that died).</summary>
    public void FailWhere(Func<Message, bool> predicate, Func<Message, Exception> error)
    {
        foreach (var (id, message) in _calls)
        {
            if (predicate(message) && _calls.TryRemove(id, out _))
            {
                message.SetException(error(message));
            }
        }
    }

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
