using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Accounts;
using Vrss.Grains.Hosting;
using Vrss.Grains.Media.Storage;
using Vrss.Grains.Users;

namespace Vrss.Grains.Accounts;

/// <summary>
/// Carries out what the account lifecycle scheduled: purges whose grace period ended, old usernames whose reservation
/// ran out, and exports past their expiry (archive and row). Every silo runs it; each step is idempotent, and a purge
/// runs in its account's grain, one at a time.
/// </summary>
public sealed class AccountSweeper(
    IGrainFactory grains,
    IUserRepository users,
    IExportRepository exports,
    IMediaStore store,
    TimeProvider time,
    IOptions<AccountLifecycleOptions> options,
    ILogger<AccountSweeper> logger) : PeriodicSweeper(time, logger)
{
    private const int Batch = 100;

    /// <inheritdoc />
    protected override string What => "accounts due for purge, released usernames and expired exports";

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.SweepInterval;

    /// <inheritdoc />
    protected override async Task<int> SweepOnceAsync()
    {
        var now = Time.GetUtcNow();
        var count = 0;
        foreach (var userId in await users.ListPurgeDueAsync(now, Batch).ConfigureAwait(false))
        {
            await grains.GetGrain<IAccountGrain>(userId).PurgeNowAsync().ConfigureAwait(false);
            count++;
        }

        count += await users.ReleaseReservedUsernamesAsync(now).ConfigureAwait(false);
        foreach (var export in await exports.ListExpiredAsync(now, Batch).ConfigureAwait(false))
        {
            if (export.StorageKey is { } key)
            {
                await store.DeleteAsync(key, CancellationToken.None).ConfigureAwait(false);
            }

            count += await exports.DeleteAsync(export.Id).ConfigureAwait(false) ? 1 : 0;
        }

        return count;
    }
}
