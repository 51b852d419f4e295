namespace Vrss.Grains.Media;

/// <summary>
/// A user's storage accounting, the state of their UserStorage grain: bytes per media id, reserved while an upload
/// is pending and used once it completed. Totals are sums, never separate counters that could drift, and
/// every change is keyed by media id, which makes each step idempotent.
/// </summary>
public sealed class StorageQuota
{
    /// <summary>Pending uploads: media id to reserved bytes.</summary>
    public Dictionary<string, long> Reserved { get; set; } = [];

    /// <summary>Completed media: media id to used bytes.</summary>
    public Dictionary<string, long> Completed { get; set; } = [];

    /// <summary>A per-user quota (the paid tier), or null for the configured default.</summary>
    public long? LimitOverride { get; set; }

    /// <summary>Bytes of completed media.</summary>
    public long UsedBytes() => Completed.Values.Sum();

    /// <summary>Bytes reserved by pending uploads.</summary>
    public long ReservedBytes() => Reserved.Values.Sum();
}
