using Vrss.GrainInterfaces.Events;

namespace Vrss.Grains.Events;

/// <summary>
/// The live connections subscribed to one user's event log, in the order they opened, capped per user. Not
/// thread-safe: it belongs to one activation.
/// </summary>
internal sealed class StreamSubscriptions
{
    private readonly Dictionary<IUserStreamObserver, Subscription> _byObserver = [];
    private long _arrivals;

    public int Count => _byObserver.Count;

    /// <summary>
    /// Adds or renews a subscription, then drops the oldest while more than <paramref name="max"/> are left (the
    /// connection itself, when it is the oldest) and returns the dropped ones, which must be told to close.
    /// </summary>
    public IReadOnlyList<IUserStreamObserver> Subscribe(IUserStreamObserver observer, DateTimeOffset openedAt, DateTimeOffset now, DateTimeOffset expiredBefore, int max)
    {
        // Subscriptions of connections that died without unsubscribing must not push live ones out.
        DropExpired(expiredBefore);
        _byObserver[observer] = _byObserver.TryGetValue(observer, out var known)
            ? known with { RenewedAt = now }
            : new Subscription(openedAt, ++_arrivals, now);
        if (_byObserver.Count <= max)
        {
            return [];
        }

        // Ties (clocks of one silo, or a frozen test clock) go to the one this activation heard of first.
        var dropped = _byObserver
            .OrderBy(s => s.Value.OpenedAt)
            .ThenBy(s => s.Value.Arrival)
            .Take(_byObserver.Count - max)
            .Select(s => s.Key)
            .ToList();
        dropped.ForEach(o => _byObserver.Remove(o));
        return dropped;
    }

    public void Unsubscribe(IUserStreamObserver observer) => _byObserver.Remove(observer);

    /// <summary>The subscriptions renewed at or after <paramref name="expiredBefore"/> (the others are dropped).</summary>
    public IReadOnlyList<IUserStreamObserver> Live(DateTimeOffset expiredBefore)
    {
        DropExpired(expiredBefore);
        return [.. _byObserver.Keys];
    }

    private void DropExpired(DateTimeOffset expiredBefore)
    {
        foreach (var (observer, subscription) in _byObserver.ToList())
        {
            if (subscription.RenewedAt < expiredBefore)
            {
                _byObserver.Remove(observer);
            }
        }
    }

    private sealed record Subscription(DateTimeOffset OpenedAt, long Arrival, DateTimeOffset RenewedAt);
}
