using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Operations;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Email;
using Vrss.Grains.Media;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Operations;

/// <inheritdoc cref="IOperationsGrain" />
[StatelessWorker]
internal sealed partial class OperationsGrain(
    IMediaRepository media,
    MediaLinks links,
    IEmailOutboxRepository outbox,
    OutboxSignal outboxSignal,
    TimeProvider time,
    ILogger<OperationsGrain> logger) : Grain, IOperationsGrain
{
    private const int Batch = 500;
    private const int OutboxScanLimit = 10_000;

    /// <inheritdoc />
    public async Task<MediaTotals> GetMediaUsageAsync()
    {
        var totals = (await media.GetTotalsAsync()).ToDictionary(t => t.Status, t => new StatusTotal(t.Files, t.Bytes));
        StatusTotal Of(MediaStatus status) => totals.GetValueOrDefault(status) ?? new StatusTotal(0, 0);
        return new MediaTotals(Of(MediaStatus.Completed), Of(MediaStatus.Pending), Of(MediaStatus.Failed), Of(MediaStatus.Expired));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OrphanMedia>> ListOrphanMediaAsync(TimeSpan grace, int limit) =>
        [.. (await FindOrphansAsync(grace, limit)).Select(Describe)];

    /// <inheritdoc />
    public async Task<OrphanRemoval> RemoveOrphanMediaAsync(TimeSpan grace, int limit, bool dryRun)
    {
        var orphans = await FindOrphansAsync(grace, limit);
        if (!dryRun)
        {
            foreach (var record in orphans)
            {
                // Through the upload's own grain: it releases the owner's quota and deletes the object before the record.
                await GrainFactory.GetGrain<IUploadSessionGrain>(record.Id).DeleteAsync(record.OwnerId);
            }

            LogOrphansRemoved(logger, orphans.Count, orphans.Sum(o => o.Size));
        }

        return new OrphanRemoval(dryRun, [.. orphans.Select(Describe)], orphans.Sum(o => o.Size));
    }

    /// <inheritdoc />
    public async Task<bool> RebuildFeedAsync(string userId)
    {
        if (await GrainFactory.GetGrain<IUserGrain>(userId).GetAccountAsync() is null)
        {
            return false;
        }

        await GrainFactory.GetGrain<IFeedGrain>(userId).RebuildAsync();
        return true;
    }

    /// <inheritdoc />
    public async Task<int> RebuildActiveFeedsAsync()
    {
        var feedType = GrainFactory.GetGrain<IFeedGrain>("-").GetGrainId().Type;
        var active = await GrainFactory.GetGrain<IManagementGrain>(0).GetActiveGrains(feedType);
        foreach (var chunk in active.Chunk(16))
        {
            await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<IFeedGrain>(id).RebuildAsync()));
        }

        LogFeedsRebuilt(logger, active.Count);
        return active.Count;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxEntry>> GetEmailOutboxAsync(OutboxEntryStatus? status, int limit)
    {
        // The outbox holds only undelivered mail (delivered rows are deleted), so it stays small enough to filter here.
        var rows = await outbox.ListPendingAsync(OutboxScanLimit);
        return [.. rows.Select(Describe).Where(e => status is null || e.Status == status).Take(limit)];
    }

    /// <inheritdoc />
    public async Task<int> RetryEmailsAsync(IReadOnlyList<string>? ids)
    {
        var count = await outbox.RetryFailedAsync(ids, time.GetUtcNow());
        if (count > 0)
        {
            outboxSignal.Notify();
        }

        LogEmailsRetried(logger, count);
        return count;
    }

    private async Task<List<MediaRecord>> FindOrphansAsync(TimeSpan grace, int limit)
    {
        var before = time.GetUtcNow() - grace;
        var found = new List<MediaRecord>();
        var profiles = new Dictionary<string, (string? Avatar, string? Banner)>(StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            var page = await media.GetUnattachedAsync(before, cursor, Batch);
            foreach (var record in page.Items)
            {
                if (!profiles.TryGetValue(record.OwnerId, out var shown))
                {
                    shown = await ProfileImagesAsync(record.OwnerId);
                    profiles[record.OwnerId] = shown;
                }

                // Avatars and banners live in the owner's grain state, not in a table the query could join.
                var url = links.UrlOf(record);
                if (url is null || (url != shown.Avatar && url != shown.Banner))
                {
                    found.Add(record);
                    if (found.Count == limit)
                    {
                        return found;
                    }
                }
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return found;
    }

    private async Task<(string? Avatar, string? Banner)> ProfileImagesAsync(string userId)
    {
        var user = GrainFactory.GetGrain<IUserGrain>(userId);
        if (await user.GetAccountAsync() is null)
        {
            return (null, null);
        }

        var profile = await user.GetProfileAsync();
        return (profile.AvatarUrl, profile.BannerUrl);
    }

    private static OrphanMedia Describe(MediaRecord record) =>
        new(record.Id, record.OwnerId, record.Filename, record.ContentType, record.Size, record.CompletedAt ?? record.CreatedAt);

    private static OutboxEntry Describe(OutboxMessage message) => new(
        message.Id,
        message.Recipient,
        message.Subject,
        message.NextAttemptAt is null ? OutboxEntryStatus.Failed : OutboxEntryStatus.Queued,
        message.Attempts,
        message.CreatedAt,
        message.NextAttemptAt,
        message.LastError,
        message.NextAttemptAt is not null || message.Body.Length > 0);

    [LoggerMessage(Level = LogLevel.Information, Message = "An operator removed {Count} orphaned uploads ({Bytes} bytes)")]
    private static partial void LogOrphansRemoved(ILogger logger, int count, long bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "An operator rebuilt {Count} active home feeds")]
    private static partial void LogFeedsRebuilt(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "An operator made {Count} failed emails due again")]
    private static partial void LogEmailsRetried(ILogger logger, int count);
}
