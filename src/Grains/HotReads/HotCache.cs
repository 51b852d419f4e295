using System.Collections.Concurrent;

namespace Vrss.Grains.HotReads;

/// <summary>
/// A silo's copy of values whose owner (a grain) pushes every change to every silo. Reads take no lock. A value read
/// from the tables is kept only when no change arrived while it was being read (<see cref="Version"/> before the
/// query, <see cref="Fill"/> after): otherwise the query may have read the row before a write that the change
/// message already announced, and keeping it would serve the old value until the next write. Past the capacity
/// the copy is dropped whole: refilling costs one query per page, and the bound is what matters.
/// </summary>
internal sealed class HotCache<TValue>(int capacity)
    where TValue : class
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    private long _changes;

    /// <summary>How many changes arrived so far; read it before querying what a later <see cref="Fill"/> keeps.</summary>
    public long Version
    {
        get
        {
            lock (_lock)
            {
                return _changes;
            }
        }
    }

    public int Count => _entries.Count;

    public bool TryGet(string key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>Keeps a value read from the tables, unless a change arrived since <paramref name="readAt"/>; true when kept.</summary>
    public bool Fill(string key, TValue value, long readAt)
    {
        lock (_lock)
        {
            if (_changes != readAt)
            {
                return false;
            }

            MakeRoomLocked(key);
            _entries[key] = value;
            return true;
        }
    }

    /// <summary>A write's new value, pushed by the value's owner.</summary>
    public void Set(string key, TValue value)
    {
        lock (_lock)
        {
            _changes++;
            MakeRoomLocked(key);
            _entries[key] = value;
        }
    }

    /// <summary>The value is gone or must be read again.</summary>
    public void Remove(string key)
    {
        lock (_lock)
        {
            _changes++;
            _entries.TryRemove(key, out _);
        }
    }

    /// <summary>Every value must be read again; fills already on their way are dropped too.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _changes++;
            _entries.Clear();
        }
    }

    private void MakeRoomLocked(string key)
    {
        if (_entries.Count >= capacity && !_entries.ContainsKey(key))
        {
            _entries.Clear();
        }
    }
}
