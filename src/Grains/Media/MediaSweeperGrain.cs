using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Errors;
using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Media;

/// <inheritdoc cref="IMediaSweeperGrain" />
public sealed partial class MediaSweeperGrain(
    IMediaRepository media,
    IMediaStore store,
    IOptions<MediaOptions> options,
    TimeProvider time,
    ILogger<MediaSweeperGrain> logger)
    : Grain, IMediaSweeperGrain, IRemindable
{
    private const string ReminderName = "sweep";
    private const int BatchSize = 500;
    private const int Parallelism = 16;

    // Orleans refuses reminder periods under a minute.
    private static readonly TimeSpan s_minimumPeriod = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    public async Task ScheduleAsync()
    {
        var period = options.Value.ExpirySweepPeriod < s_minimumPeriod ? s_minimumPeriod : options.Value.ExpirySweepPeriod;
        await this.RegisterOrUpdateReminder(ReminderName, period, period);
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReminderName)
        {
            await SweepAsync();
        }
    }

    /// <inheritdoc />
    public async Task<int> SweepAsync()
    {
        var now = time.GetUtcNow();
        var settled = 0;
        string? cursor = null;
        do
        {
            var page = await media.GetExpiredPendingAsync(now, cursor, BatchSize);
            foreach (var chunk in page.Items.Chunk(Parallelism))
            {
                await Task.WhenAll(chunk.Select(r => Failover.RetryAsync(() => GrainFactory.GetGrain<IUploadSessionGrain>(r.Id).ResolveExpiredAsync())));
            }

            settled += page.Items.Count;
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        // After the expired uploads, whose staged bodies went with them: what is left staged is a body PUT after its
        // upload completed, failed or was deleted (the URL cannot be revoked). Written an upload expiry ago, its URL
        // has expired, so nothing can write it again; a PUT racing this deletion is younger, and goes next time.
        var dropped = await store.DeleteStaleUploadsAsync(now - options.Value.UploadExpiry, CancellationToken.None);
        if (dropped > 0)
        {
            LogStaleUploadsDeleted(logger, dropped);
        }

        return settled;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} upload bodies left in staging after their upload URLs expired")]
    private static partial void LogStaleUploadsDeleted(ILogger logger, int count);
}
