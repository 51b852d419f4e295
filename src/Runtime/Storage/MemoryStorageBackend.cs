using System.Collections.Concurrent;

namespace Vrss.Runtime.Storage;

/// <summary>
/// The rows behind <see cref="MemoryGrainStorage"/>: serialised state and an integer version per
/// (grain type, grain key, state name). Shared by every silo of an in-memory test cluster, as PostgreSQL is
/// shared by real silos.
/// </summary>
public sealed class MemoryStorageBackend
{
    private readonly ConcurrentDictionary<(string Type, string Key, string State), Row> _rows = new();

    internal Row? Get((string, string, string) key) => _rows.TryGetValue(key, out var row) ? row : null;

    internal bool TryInsert((string, string, string) key, Row row) => _rows.TryAdd(key, row);

    internal bool TryReplace((string, string, string) key, Row expected, Row next) => _rows.TryUpdate(key, next, expected);

    /// <summary>Drops every row (between tests).</summary>
    public void Clear() => _rows.Clear();

    /// <summary>One stored state; compared by reference, so a swap succeeds only over the row it read.</summary>
    internal sealed class Row(byte[]? json, long version)
    {
        public byte[]? Json { get; } = json;

        public long Version { get; } = version;
    }
}
