using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Data;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;

namespace Vrss.Grains.Blocks;

/// <summary>
/// One user's blocks and mutes, and who blocks the user, in memory from activation on. Each change is stored first,
/// then the snapshot is replaced (a new object: callers on this silo hold the old one by reference), then the other
/// user's grain hears of a block, then the follows between the two end through their User grains (which keep the
/// follower sets used for fan-out and the counters right), pending requests go, and the live event logs of both
/// forget the snapshot they hold.
/// </summary>
public sealed partial class BlockListGrain(
    IBlockRepository blocks,
    IConnectionRepository connections,
    PostViews views,
    TimeProvider time,
    ILogger<BlockListGrain> logger) : Grain, IBlockListGrain
{
    private readonly Dictionary<string, DateTimeOffset> _blocking = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _muting = new(StringComparer.Ordinal);
    private BlockSnapshot _snapshot = BlockSnapshot.Empty;

    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var edge in await blocks.ListAsync(BlockKind.Block, Id, BlockErrors.MaxPerList))
        {
            _blocking[edge.UserId] = edge.CreatedAt;
        }

        foreach (var edge in await blocks.ListAsync(BlockKind.Mute, Id, BlockErrors.MaxPerList))
        {
            _muting[edge.UserId] = edge.CreatedAt;
        }

        var blockers = await blocks.ListBlockersAsync(Id);
        _snapshot = new BlockSnapshot(
            [.. _blocking.Keys],
            ImmutableHashSet.CreateRange(StringComparer.Ordinal, blockers),
            [.. _muting.Keys]);
    }

    /// <inheritdoc />
    public async Task BlockAsync(string targetId)
    {
        await AddAsync(BlockKind.Block, _blocking, targetId);
        await GrainFactory.GetGrain<IBlockListGrain>(targetId).BlockedByChangedAsync(Id, blocked: true);

        // Through the User grains, never the tables: they hold the follower sets fan-out uses, and the counts.
        // Unfollowing also withdraws a pending follow request in that direction.
        await GrainFactory.GetGrain<IUserGrain>(Id).UnfollowAsync(targetId);
        await GrainFactory.GetGrain<IUserGrain>(targetId).UnfollowAsync(Id);
        await connections.RemovePendingBetweenAsync(Id, targetId);
        await AnnounceAsync(Id, targetId);
    }

    /// <inheritdoc />
    public async Task UnblockAsync(string targetId)
    {
        if (await RemoveAsync(BlockKind.Block, _blocking, targetId))
        {
            await GrainFactory.GetGrain<IBlockListGrain>(targetId).BlockedByChangedAsync(Id, blocked: false);
            await AnnounceAsync(Id, targetId);
        }
    }

    /// <inheritdoc />
    public async Task MuteAsync(string targetId)
    {
        await AddAsync(BlockKind.Mute, _muting, targetId);
        await AnnounceAsync(Id);
    }

    /// <inheritdoc />
    public async Task UnmuteAsync(string targetId)
    {
        if (await RemoveAsync(BlockKind.Mute, _muting, targetId))
        {
            await AnnounceAsync(Id);
        }
    }

    /// <inheritdoc />
    public Task<Page<UserCard>> GetBlockedAsync(string? cursor, int limit) => PageAsync(_blocking, cursor, limit);

    /// <inheritdoc />
    public Task<Page<UserCard>> GetMutedAsync(string? cursor, int limit) => PageAsync(_muting, cursor, limit);

    /// <inheritdoc />
    public Task<BlockSnapshot> GetSnapshotAsync() => Task.FromResult(_snapshot);

    /// <inheritdoc />
    public Task<BlockRelation> RelationToAsync(string otherId)
    {
        ArgumentException.ThrowIfNullOrEmpty(otherId);
        var s = _snapshot;
        return Task.FromResult(new BlockRelation(s.Blocking.Contains(otherId), s.BlockedBy.Contains(otherId), s.Muting.Contains(otherId)));
    }

    /// <inheritdoc />
    public Task BlockedByChangedAsync(string blockerId, bool blocked)
    {
        ArgumentException.ThrowIfNullOrEmpty(blockerId);
        _snapshot = _snapshot with { BlockedBy = blocked ? _snapshot.BlockedBy.Add(blockerId) : _snapshot.BlockedBy.Remove(blockerId) };
        return Task.CompletedTask;
    }

    private async Task AddAsync(BlockKind kind, Dictionary<string, DateTimeOffset> list, string targetId)
    {
        ArgumentException.ThrowIfNullOrEmpty(targetId);
        if (string.Equals(targetId, Id, StringComparison.Ordinal))
        {
            throw VrssException.Invalid("userId", kind == BlockKind.Block ? "you cannot block yourself" : "you cannot mute yourself");
        }

        if (list.ContainsKey(targetId))
        {
            return;
        }

        if (list.Count >= BlockErrors.MaxPerList)
        {
            throw VrssException.Invalid("userId", $"you cannot {(kind == BlockKind.Block ? "block" : "mute")} more than {BlockErrors.MaxPerList} users");
        }

        var at = DbTime.Normalize(time.GetUtcNow());
        await blocks.AddAsync(kind, Id, targetId, at);
        list[targetId] = at;
        Rebuild();
    }

    private async Task<bool> RemoveAsync(BlockKind kind, Dictionary<string, DateTimeOffset> list, string targetId)
    {
        ArgumentException.ThrowIfNullOrEmpty(targetId);
        if (!list.ContainsKey(targetId))
        {
            return false;
        }

        await blocks.RemoveAsync(kind, Id, targetId);
        list.Remove(targetId);
        Rebuild();
        return true;
    }

    private void Rebuild() => _snapshot = _snapshot with
    {
        Blocking = ImmutableHashSet.CreateRange(StringComparer.Ordinal, _blocking.Keys),
        Muting = ImmutableHashSet.CreateRange(StringComparer.Ordinal, _muting.Keys),
    };

    private async Task<Page<UserCard>> PageAsync(Dictionary<string, DateTimeOffset> list, string? cursor, int limit)
    {
        Guard.Limit(limit, PageLimit.Max);
        var page = MemoryKeyset.Descending(
            list.Select(e => new BlockEdge(e.Key, e.Value)).ToList(),
            e => e.CreatedAt,
            e => e.UserId,
            TimeCursor.Parse(cursor, TimeCursor.Newest),
            limit);
        var cards = await views.CardsAsync(page.Items.Select(e => e.UserId));
        return new Page<UserCard>([.. page.Items.Select(e => cards[e.UserId])], page.NextCursor);
    }

    // The live event logs cache the snapshot to filter feed events; they read it again on their next event. A log
    // that cannot be told keeps the old lists until it deactivates: logged, and the change itself stands.
    private async Task AnnounceAsync(params string[] userIds)
    {
        foreach (var userId in userIds)
        {
            try
            {
                await GrainFactory.GetGrain<IUserEventsGrain>(userId).BlocksChangedAsync();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException)
            {
                LogAnnounceFailed(logger, exception, userId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The event log of user {UserId} was not told of a block or mute change")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception, string userId);
}
