using System.Threading.Channels;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.HotReads;

/// <summary>A <see cref="ManualTimeProvider"/> that tells the test each time code under test starts a timer (a wait).</summary>
internal sealed class TimerSignallingClock : TimeProvider
{
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

    public ManualTimeProvider Clock { get; } = new();

    /// <summary>The due time of each timer started, in order.</summary>
    public ChannelReader<TimeSpan> Started => _started.Reader;

    public override long TimestampFrequency => Clock.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();

    public override long GetTimestamp() => Clock.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Clock.CreateTimer(callback, state, dueTime, period);
        _started.Writer.TryWrite(dueTime);
        return timer;
    }
}
