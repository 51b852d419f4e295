using System.Collections.Concurrent;

namespace Vrss.Grains.Data;

/// <summary>
/// The in-memory stand-in for PostgreSQL used by the Memory provider: each Memory repository keeps its rows
/// in a table object obtained here. Silos of one in-memory TestCluster share one instance
/// (<c>o.ShareSingleton&lt;MemoryDatabase&gt;()</c>), as real silos share one database.
/// </summary>
public sealed class MemoryDatabase
{
    private readonly ConcurrentDictionary<Type, object> _tables = new();

    /// <summary>Gets (creating on first use) the table object of type <typeparamref name="T"/>.</summary>
    public T Table<T>() where T : class, new() => (T)_tables.GetOrAdd(typeof(T), static _ => new T());
}
