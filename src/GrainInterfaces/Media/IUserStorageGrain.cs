using Orleans.Concurrency;
using Vrss.GrainInterfaces.Moderation;

namespace Vrss.GrainInterfaces.Media;

/// <summary>
/// A user's storage quota, keyed by the user id (a grain of its own, apart from the account). Each operation is
/// atomic, persisted before it answers, and idempotent per media id, so a retried or duplicated step never
/// counts bytes twice or loses them.
/// </summary>
public interface IUserStorageGrain : IGrainWithStringKey
{
    /// <summary>Used, reserved and limit.</summary>
    [ReadOnly]
    Task<StorageUsage> GetUsageAsync();

    /// <summary>
    /// Reserves <paramref name="bytes"/> for an upload if <c>used + reserved + bytes &lt;= limit</c>
    /// (<c>StorageLimitExceeded</c> otherwise). Reserving the same media id again changes nothing.
    /// </summary>
    Task ReserveAsync(string mediaId, long bytes);

    /// <summary>Moves the media's reservation into used. Committing it again changes nothing.</summary>
    Task CommitAsync(string mediaId);

    /// <summary>Releases whatever the media holds, reserved or used. Releasing it again changes nothing.</summary>
    Task ReleaseAsync(string mediaId);

    /// <summary>Sets the quota (for example the paid tier's); null returns to the default.</summary>
    Task SetLimitAsync(long? limitBytes);

    /// <summary>
    /// The account's storage tier changed (sent by its standing grain after it stored the change): the next check counts
    /// against the tier's quota.
    /// </summary>
    Task SetTierAsync(StorageTier tier);
}
