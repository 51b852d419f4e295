using System.Globalization;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Moderation;
using Vrss.Grains.Media.Storage;
using Vrss.Grains.Moderation;

namespace Vrss.Grains.Media;

/// <summary>
/// One user's storage quota, keyed by the user id. The grain handles one request at a time, so check-and-reserve
/// is atomic cluster-wide; each change is written before the call answers. A grain of its own (not part of the
/// account's): uploads never wait behind logins or follows, and it loads nothing but its own state and, once per
/// activation, the account's storage tier.
/// </summary>
public sealed class UserStorageGrain(
    [PersistentState("storage")] IPersistentState<StorageQuota> state,
    IAccountStandingRepository standings,
    IOptions<MediaOptions> options)
    : Grain, IUserStorageGrain
{
    // The tier's truth is the account_standing row: read on first need, then pushed by the standing grain at each
    // change (after its write, so a read racing a change is followed by the push). Not kept in the stored state, so a
    // push that failed is mended by the next activation at the latest.
    private StorageTier? _tier;

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

    /// <inheritdoc />
    public Task SetTierAsync(StorageTier tier)
    {
        _tier = tier;
        return Task.CompletedTask;
    }

    private async Task<long> LimitAsync()
    {
        if (state.State.LimitOverride is { } limit)
        {
            return limit;
        }

        _tier ??= (await standings.GetAsync(this.GetPrimaryKeyString()))?.StorageTier ?? StorageTier.Free;
        return _tier == StorageTier.Paid ? options.Value.PaidQuotaBytes : options.Value.DefaultQuotaBytes;
    }
}
