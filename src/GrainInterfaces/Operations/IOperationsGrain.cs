namespace Vrss.GrainInterfaces.Operations;

/// <summary>
/// What operators (vrssctl, through the admin procedures) do to the whole cluster's data: media usage and orphans,
/// feed rebuilds, the email outbox. A stateless worker: each call reads the tables afresh, so any silo may answer.
/// </summary>
public interface IOperationsGrain : IGrainWithIntegerKey
{
    /// <summary>Files and bytes by upload status, over every user.</summary>
    Task<MediaTotals> GetMediaUsageAsync();

    /// <summary>
    /// Completed uploads older than <paramref name="grace"/> that no live post shows and that are not their owner's
    /// avatar or banner, oldest first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<OrphanMedia>> ListOrphanMediaAsync(TimeSpan grace, int limit);

    /// <summary>Finds orphans as <see cref="ListOrphanMediaAsync"/>; deletes them (records, objects, quota) unless <paramref name="dryRun"/>.</summary>
    Task<OrphanRemoval> RemoveOrphanMediaAsync(TimeSpan grace, int limit, bool dryRun);

    /// <summary>Rebuilds one user's home feed from the tables; false when the user does not exist.</summary>
    Task<bool> RebuildFeedAsync(string userId);

    /// <summary>Rebuilds every home feed active on any silo (inactive feeds build afresh when next read); answers how many.</summary>
    Task<int> RebuildActiveFeedsAsync();

    /// <summary>Outbox messages (without their bodies), oldest first, optionally only queued or only failed ones.</summary>
    Task<IReadOnlyList<OutboxEntry>> GetEmailOutboxAsync(OutboxEntryStatus? status, int limit);

    /// <summary>
    /// Makes failed messages due again with a fresh attempt budget: those among <paramref name="ids"/>, or every failed one
    /// when <paramref name="ids"/> is null. Messages whose bodies were blanked (their tokens expired) stay failed. Answers how many.
    /// </summary>
    Task<int> RetryEmailsAsync(IReadOnlyList<string>? ids);
}
