using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Media;

/// <summary>Media upload records and their status changes.</summary>
public interface IMediaRepository
{
    /// <summary>The largest batch <see cref="GetExpiredPendingAsync"/> returns.</summary>
    const int MaxSweepBatch = 1000;

    /// <summary>Stores a new record; false when the id is taken (nothing changes then).</summary>
    Task<bool> CreateAsync(MediaRecord media);

    /// <summary>The record, or null.</summary>
    Task<MediaRecord?> GetAsync(string mediaId);

    /// <summary>The records among <paramref name="mediaIds"/> (at most 1000) that exist, ordered by id.</summary>
    Task<IReadOnlyList<MediaRecord>> GetManyAsync(IReadOnlyCollection<string> mediaIds);

    /// <summary>
    /// Moves the record from <paramref name="from"/> to <paramref name="to"/> only if it is still in
    /// <paramref name="from"/> (so a completion and an expiry sweep cannot both win); sets the completion time
    /// when <paramref name="to"/> is <see cref="MediaStatus.Completed"/>. The updated record, or null when the
    /// record is missing or in another status.
    /// </summary>
    Task<MediaRecord?> TransitionAsync(string mediaId, MediaStatus from, MediaStatus to, DateTimeOffset at);

    /// <summary>Deletes the record; the deleted record (to release its quota and object), or null.</summary>
    Task<MediaRecord?> DeleteAsync(string mediaId);

    /// <summary>
    /// One batch of pending uploads whose expiry is at or before <paramref name="now"/>, earliest expiry first,
    /// for the sweep that releases their reservations (for example after a restart). Pass each batch's cursor on.
    /// </summary>
    Task<Page<MediaRecord>> GetExpiredPendingAsync(DateTimeOffset now, string? cursor, int limit);

    /// <summary>Every upload counted by status: (status, files, bytes), one entry per status present.</summary>
    Task<IReadOnlyList<(MediaStatus Status, long Files, long Bytes)>> GetTotalsAsync();

    /// <summary>
    /// One batch of completed uploads that completed before <paramref name="completedBefore"/> and that no live
    /// (undeleted) post attaches, earliest completion first; pass each batch's cursor on.
    /// </summary>
    Task<Page<MediaRecord>> GetUnattachedAsync(DateTimeOffset completedBefore, string? cursor, int limit);

    /// <summary>Recomputes the owner's used and reserved bytes from the records (to verify the quota grain).</summary>
    Task<MediaUsage> ComputeUsageAsync(string ownerId);
}
