using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Media;
using Vrss.Grains.Delivery;
using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Media;

/// <inheritdoc cref="IMediaSweeperGrain" />
public sealed class MediaSweeperGrain(IMediaRepository media, IOptions<MediaOptions> options, TimeProvider time)
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

        return settled;
    }
}
