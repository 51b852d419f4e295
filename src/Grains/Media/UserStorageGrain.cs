using System.Globalization;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Moderation;
using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Media;

/// <summary>
/// One user's storage quota, keyed by the user id. The grain handles one request at a time, so check-and-reserve
/// is atomic cluster-wide; each change is written before the call answers. A grain of its own (not part of the
/// account's): uploads never wait behind logins or follows, and it loads nothing but its own state.
/// </summary>
public sealed class UserStorageGrain([PersistentState("storage")] IPersistentState<StorageQuota> state, IOptions<MediaOptions> options)
    : Grain, IUserStorageGrain
{
    /// <inheritdoc />
    public async Task<StorageUsage> GetUsageAsync()
    {
        var limit = await LimitAsync();
        var quota = state.State;
        return new StorageUsage(quota.UsedBytes(), quota.ReservedBytes(), limit);
    }

    /// <inheritdoc />
    public async Task ReserveAsync(string mediaId, long bytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(mediaId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        var quota = state.State;
        if (quota.Reserved.ContainsKey(mediaId) || quota.Completed.ContainsKey(mediaId))
        {
            return;
        }

        var used = quota.UsedBytes();
        var reserved = quota.ReservedBytes();
        var limit = await LimitAsync();
        if (used + reserved + bytes > limit)
        {
            throw new VrssException(
                ErrorCode.StorageLimitExceeded,
                $"This upload needs {bytes} bytes but only {Math.Max(0, limit - used - reserved)} of your {limit} remain.",
                new Dictionary<string, string>
                {
                    ["field"] = "size",
                    ["used"] = used.ToString(CultureInfo.InvariantCulture),
                    ["reserved"] = reserved.ToString(CultureInfo.InvariantCulture),
                    ["limit"] = limit.ToString(CultureInfo.InvariantCulture),
                });
        }

        quota.Reserved[mediaId] = bytes;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task CommitAsync(string mediaId)
    {
        var quota = state.State;
        if (quota.Reserved.Remove(mediaId, out var bytes))
        {
            quota.Completed[mediaId] = bytes;
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string mediaId)
    {
        var quota = state.State;
        if (quota.Reserved.Remove(mediaId) | quota.Completed.Remove(mediaId))
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public async Task SetLimitAsync(long? limitBytes)
    {
        if (limitBytes is <= 0)
        {
            throw VrssException.Invalid("limitBytes", "limitBytes must be positive");
        }

        state.State.LimitOverride = limitBytes;
        await state.WriteStateAsync();
    }

    // The account's storage tier is asked at each check (its standing grain answers from memory), so an admin's
    // admin.setStorageTier applies to the next upload without telling this grain.
    private async Task<long> LimitAsync()
    {
        if (state.State.LimitOverride is { } limit)
        {
            return limit;
        }

        var standing = await GrainFactory.GetGrain<IAccountStandingGrain>(this.GetPrimaryKeyString()).GetAsync();
        return standing.StorageTier == StorageTier.Paid ? options.Value.PaidQuotaBytes : options.Value.DefaultQuotaBytes;
    }
}
