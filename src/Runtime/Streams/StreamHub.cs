using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.Runtime.Core;
using Vrss.Runtime.Hosting;
using Vrss.Runtime.Membership;
using Vrss.Runtime.Placement;
using Vrss.Runtime.Serialization;

namespace Vrss.Runtime.Streams;

/// <summary>
/// This silo's side of streams. Publishing goes through the stream's rendezvous grain, which forwards the
/// item to every silo with subscribers; here each subscription has its own queue and delivery loop, so
/// items reach a subscriber one at a time in publication order and a slow subscriber never holds up a
/// publisher. Registrations are renewed well within the collection age, so the rendezvous of a stream that
/// stays quiet is not collected as idle (which would forget its subscribers).
/// </summary>
internal sealed partial class StreamHub : IStreamProvider, IDisposable
{
    private readonly ConcurrentDictionary<StreamId, Entry> _streams = new();
    private readonly ILogger<StreamHub> _logger;
    private readonly JsonCodec _codec;
    private readonly Lazy<IGrainFactory> _grains;
    private readonly Lazy<MembershipService> _membership;
    private readonly ITimer _renewal;

    public StreamHub(IServiceProvider services, JsonCodec codec, TimeProvider time, IOptions<GrainRuntimeOptions> options, ILogger<StreamHub> logger)
    {
        _logger = logger;
        _codec = codec;
        _grains = new Lazy<IGrainFactory>(services.GetRequiredService<IGrainFactory>);
        _membership = new Lazy<MembershipService>(services.GetRequiredService<MembershipService>);
        var period = options.Value.CollectionAge / 3;
        _renewal = time.CreateTimer(static hub => ((StreamHub)hub!).RefreshRegistrations(), this, period, period);
    }

    public int SubscriptionCount => _streams.Values.Sum(e => e.Subscriptions.Length);

    public IAsyncStream<T> GetStream<T>(StreamId id) => new AsyncStream<T>(this, id);

    public static string FormatKey(StreamId id) => $"{id.Namespace}/{id.Key}";

    public static StreamId ParseKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return new StreamId(key[..slash], key[(slash + 1)..]);
    }

    /// <summary>Hands an item (JSON) to every local subscriber, deserialised once per item type they expect.</summary>
    public void DeliverLocal(StreamId id, string json) =>
        DeliverLocal(id, type => _codec.Deserialize(Encoding.UTF8.GetBytes(json), type));

    public void DeliverLocal(StreamId id, Func<Type, object?> materialize)
    {
        if (!_streams.TryGetValue(id, out var entry))
        {
            return;
        }

        Dictionary<Type, object?>? byType = null;
        foreach (var subscription in entry.Subscriptions)
        {
            byType ??= [];
            if (!byType.TryGetValue(subscription.ItemType, out var item))
            {
                try
                {
                    item = materialize(subscription.ItemType);
                }
                catch (Exception exception) when (exception is System.Text.Json.JsonException or NotSupportedException)
                {
                    LogSubscriberFailed(_logger, exception, id);
                    continue;
                }

                byType[subscription.ItemType] = item;
            }

            subscription.Post(item);
        }
    }

    /// <summary>Registers this silo again with every stream it subscribes to: periodically, and after a view change moved rendezvous grains.</summary>
    public void RefreshRegistrations()
    {
        foreach (var (id, entry) in _streams)
        {
            if (entry.Registered)
            {
                _ = RegisterQuietlyAsync(id);
            }
        }
    }

    public void Dispose() => _renewal.Dispose();

    private IStreamRendezvousGrain Rendezvous(StreamId id) => _grains.Value.GetGrain<IStreamRendezvousGrain>(FormatKey(id));

    private Task PublishAsync<T>(StreamId id, T item) =>
        Rendezvous(id).PublishAsync(Encoding.UTF8.GetString(_codec.Serialize(item, typeof(T))));

    private async Task<StreamSubscriptionHandle> SubscribeAsync<T>(StreamId id, Func<T, Task> onNext)
    {
        var subscription = new Subscription(this, id, typeof(T), item => onNext((T)item!));
        while (true)
        {
            var entry = _streams.GetOrAdd(id, static _ => new Entry());
            await entry.Gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (entry.Removed)
                {
                    continue;
                }

                if (!entry.Registered)
                {
                    await Rendezvous(id).AddSiloAsync(_membership.Value.Self.ToString()).ConfigureAwait(false);
                    entry.Registered = true;
                }

                entry.Subscriptions = entry.Subscriptions.Add(subscription);
                return subscription;
            }
            finally
            {
                entry.Gate.Release();
            }
        }
    }

    private async Task UnsubscribeAsync(Subscription subscription)
    {
        if (!_streams.TryGetValue(subscription.StreamId, out var entry))
        {
            return;
        }

        await entry.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            entry.Subscriptions = entry.Subscriptions.Remove(subscription);
            if (!entry.Subscriptions.IsEmpty || entry.Removed)
            {
                return;
            }

            // The entry stays findable, and its gate held, until the rendezvous has acknowledged the removal: a
            // subscriber arriving meanwhile waits here and then registers anew. Were the entry dropped first, its
            // registration could overtake this removal and be undone by it, and the new subscriber would hear
            // nothing until the next renewal.
            try
            {
                if (entry.Registered)
                {
                    await Rendezvous(subscription.StreamId).RemoveSiloAsync(_membership.Value.Self.ToString()).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is SiloUnavailableException or TimeoutException)
            {
                // The rendezvous drops silos that leave; a stale entry only costs an ignored delivery.
            }
            finally
            {
                entry.Removed = true;
                _streams.TryRemove(new KeyValuePair<StreamId, Entry>(subscription.StreamId, entry));
            }
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private async Task RegisterQuietlyAsync(StreamId id)
    {
        try
        {
            await Rendezvous(id).AddSiloAsync(_membership.Value.Self.ToString()).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogRegistrationFailed(_logger, exception, id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber of stream {StreamId} failed on an item")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception, StreamId streamId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-register with stream {StreamId}")]
    private static partial void LogRegistrationFailed(ILogger logger, Exception exception, StreamId streamId);

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public ImmutableArray<Subscription> Subscriptions { get; set; } = [];

        public bool Registered { get; set; }

        public bool Removed { get; set; }
    }

    private sealed class AsyncStream<T>(StreamHub hub, StreamId id) : IAsyncStream<T>
    {
        public StreamId Id => id;

        public Task OnNextAsync(T item) => hub.PublishAsync(id, item);

        public Task<StreamSubscriptionHandle> SubscribeAsync(Func<T, Task> onNext) => hub.SubscribeAsync(id, onNext);
    }

    private sealed class Subscription : StreamSubscriptionHandle
    {
        private readonly StreamHub _hub;
        private readonly Func<object?, Task> _onNext;
        private readonly Channel<object?> _queue = Channel.CreateUnbounded<object?>(new UnboundedChannelOptions { SingleReader = true });
        private readonly StreamId _streamId;

        public Subscription(StreamHub hub, StreamId streamId, Type itemType, Func<object?, Task> onNext)
        {
            _hub = hub;
            _streamId = streamId;
            ItemType = itemType;
            _onNext = onNext;
            _ = Task.Run(DeliverAsync);
        }

        public override StreamId StreamId => _streamId;

        public Type ItemType { get; }

        public void Post(object? item) => _queue.Writer.TryWrite(item);

        public override Task UnsubscribeAsync()
        {
            _queue.Writer.TryComplete();
            return _hub.UnsubscribeAsync(this);
        }

        private async Task DeliverAsync()
        {
            await foreach (var item in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                try
                {
                    await _onNext(item).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    LogSubscriberFailed(_hub._logger, exception, _streamId);
                }
            }
        }
    }
}
