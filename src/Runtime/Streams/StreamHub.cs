using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Vrss.Runtime.Streams;

/// <summary>
/// This silo's stream subscriptions. Each subscription has its own queue and delivery loop, so items reach a
/// subscriber one at a time in publication order, and a slow subscriber never holds up a publisher.
/// </summary>
internal sealed partial class StreamHub(ILogger<StreamHub> logger) : IStreamProvider
{
    private readonly ConcurrentDictionary<StreamId, ImmutableArray<Subscription>> _subscriptions = new();
    private readonly ILogger _logger = logger;

    /// <summary>Raised when a stream gains its first or loses its last local subscriber.</summary>
    public event Action<StreamId, bool>? InterestChanged;

    public IAsyncStream<T> GetStream<T>(StreamId id) => new AsyncStream<T>(this, id);

    public bool HasSubscribers(StreamId id) => _subscriptions.TryGetValue(id, out var subs) && !subs.IsDefaultOrEmpty;

    public IEnumerable<StreamId> SubscribedStreams => _subscriptions.Keys;

    public int SubscriptionCount => _subscriptions.Values.Sum(s => s.Length);

    /// <summary>Hands an item to every local subscriber of the stream.</summary>
    public void DeliverLocal(StreamId id, object? item)
    {
        if (_subscriptions.TryGetValue(id, out var subs))
        {
            foreach (var sub in subs)
            {
                sub.Post(item);
            }
        }
    }

    /// <summary>Hands an item to local subscribers, deserialising it once per item type they expect.</summary>
    public void DeliverLocal(StreamId id, Func<Type, object?> materialize)
    {
        if (!_subscriptions.TryGetValue(id, out var subs))
        {
            return;
        }

        Dictionary<Type, object?>? byType = null;
        foreach (var sub in subs)
        {
            byType ??= [];
            if (!byType.TryGetValue(sub.ItemType, out var item))
            {
                item = materialize(sub.ItemType);
                byType[sub.ItemType] = item;
            }

            sub.Post(item);
        }
    }

    internal Task PublishAsync<T>(StreamId id, T item)
    {
        DeliverLocal(id, item);
        return Remote?.Invoke(id, item, typeof(T)) ?? Task.CompletedTask;
    }

    /// <summary>Set by the cluster layer: forwards a published item to the other silos with subscribers.</summary>
    internal Func<StreamId, object?, Type, Task>? Remote { get; set; }

    internal StreamSubscriptionHandle Subscribe<T>(StreamId id, Func<T, Task> onNext)
    {
        var subscription = new Subscription(this, id, typeof(T), item => onNext((T)item!));
        var first = false;
        _subscriptions.AddOrUpdate(
            id,
            _ =>
            {
                first = true;
                return [subscription];
            },
            (_, existing) =>
            {
                first = existing.IsDefaultOrEmpty;
                return existing.Add(subscription);
            });
        if (first)
        {
            InterestChanged?.Invoke(id, true);
        }

        return subscription;
    }

    private void Unsubscribe(Subscription subscription)
    {
        var last = false;
        while (_subscriptions.TryGetValue(subscription.StreamId, out var existing))
        {
            var next = existing.Remove(subscription);
            if (next.Length == existing.Length)
            {
                return;
            }

            if (next.IsEmpty)
            {
                if (_subscriptions.TryRemove(new KeyValuePair<StreamId, ImmutableArray<Subscription>>(subscription.StreamId, existing)))
                {
                    last = true;
                    break;
                }
            }
            else if (_subscriptions.TryUpdate(subscription.StreamId, next, existing))
            {
                break;
            }
        }

        if (last)
        {
            InterestChanged?.Invoke(subscription.StreamId, false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber of stream {StreamId} failed on an item")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception, StreamId streamId);

    private sealed class AsyncStream<T>(StreamHub hub, StreamId id) : IAsyncStream<T>
    {
        public StreamId Id => id;

        public Task OnNextAsync(T item) => hub.PublishAsync(id, item);

        public Task<StreamSubscriptionHandle> SubscribeAsync(Func<T, Task> onNext) =>
            Task.FromResult(hub.Subscribe(id, onNext));
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
            _hub.Unsubscribe(this);
            return Task.CompletedTask;
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
