using System.Collections.Concurrent;

namespace Vrss.Grains.Tests.Orleans;

/// <summary>Ticks seen by <see cref="ReminderProbeGrain"/>s of every silo of a test cluster, by grain key.</summary>
public sealed class ReminderTicks
{
    private readonly ConcurrentDictionary<string, Channel> _ticks = new(StringComparer.Ordinal);

    /// <summary>Records a tick of <paramref name="key"/>'s reminder.</summary>
    public void Tick(string key) => For(key).Writer.TryWrite(DateTimeOffset.UtcNow);

    /// <summary>Waits for the next tick of <paramref name="key"/>'s reminder.</summary>
    public async Task<DateTimeOffset> NextAsync(string key, CancellationToken cancellationToken) =>
        await For(key).Reader.ReadAsync(cancellationToken);

    private Channel For(string key) => _ticks.GetOrAdd(key, _ => new Channel());

    private sealed class Channel
    {
        private readonly System.Threading.Channels.Channel<DateTimeOffset> _inner = System.Threading.Channels.Channel.CreateUnbounded<DateTimeOffset>();

        public System.Threading.Channels.ChannelWriter<DateTimeOffset> Writer => _inner.Writer;

        public System.Threading.Channels.ChannelReader<DateTimeOffset> Reader => _inner.Reader;
    }
}
