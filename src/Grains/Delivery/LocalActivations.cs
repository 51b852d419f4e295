using System.Collections.Concurrent;

namespace Vrss.Grains.Delivery;

/// <summary>
/// The keys of the grains of one class that are active on this silo. Fan-out delivers only to active feeds and
/// event logs (an inactive feed rebuilds from the tables when next read), and Orleans has no "call it only if it
/// is active" primitive: the grains register themselves here on activation and leave on deactivation, and
/// <see cref="FeedDeliveryService"/> consults the set of its own silo.
/// </summary>
/// <typeparam name="TGrain">The grain class whose activations are tracked.</typeparam>
public sealed class LocalActivations<TGrain>
    where TGrain : Grain
{
    private readonly ConcurrentDictionary<string, byte> _keys = new(StringComparer.Ordinal);

    /// <summary>How many are active here.</summary>
    public int Count => _keys.Count;

    /// <summary>Records an activation.</summary>
    public void Add(string key) => _keys[key] = 0;

    /// <summary>Forgets an activation.</summary>
    public void Remove(string key) => _keys.TryRemove(key, out _);

    /// <summary>Whether <paramref name="key"/> is active on this silo.</summary>
    public bool Contains(string key) => _keys.ContainsKey(key);
}
