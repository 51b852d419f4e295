namespace Vrss.Grains.Social;

/// <summary>Connection requests and connections of the Memory provider. Guard every access with <see cref="Gate"/>.</summary>
internal sealed class MemoryConnectionTables
{
    public Lock Gate { get; } = new();

    public Dictionary<string, ConnectionRequestRecord> Requests { get; } = new(StringComparer.Ordinal);

    /// <summary>The one pending request per unordered pair (the partial unique index of the Postgres schema).</summary>
    public Dictionary<(string Low, string High), string> PendingByPair { get; } = [];

    /// <summary>user → (peer → since), both directions stored.</summary>
    public Dictionary<string, Dictionary<string, DateTimeOffset>> Connections { get; } = new(StringComparer.Ordinal);

    public bool Connected(string userId, string otherUserId) =>
        Connections.TryGetValue(userId, out var peers) && peers.ContainsKey(otherUserId);
}
