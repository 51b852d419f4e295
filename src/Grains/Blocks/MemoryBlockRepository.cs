using Vrss.Grains.Data;

namespace Vrss.Grains.Blocks;

/// <summary>Blocks and mutes in memory, with the Postgres semantics.</summary>
public sealed class MemoryBlockRepository(MemoryDatabase database) : IBlockRepository
{
    private readonly MemoryBlockTable _table = database.Table<MemoryBlockTable>();

    /// <inheritdoc />
    public Task<bool> AddAsync(BlockKind kind, string ownerId, string targetId, DateTimeOffset at)
    {
        BlockChecks.Pair(kind, ownerId, targetId);
        lock (_table.Gate)
        {
            return Task.FromResult(_table.Rows.TryAdd((kind, ownerId, targetId), DbTime.Normalize(at)));
        }
    }

    /// <inheritdoc />
    public Task<bool> RemoveAsync(BlockKind kind, string ownerId, string targetId)
    {
        Guard.Defined(kind, nameof(kind));
        Guard.Id(ownerId, nameof(ownerId));
        Guard.Id(targetId, nameof(targetId));
        lock (_table.Gate)
        {
            return Task.FromResult(_table.Rows.Remove((kind, ownerId, targetId)));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<BlockEdge>> ListAsync(BlockKind kind, string ownerId, int max)
    {
        Guard.Defined(kind, nameof(kind));
        Guard.Id(ownerId, nameof(ownerId));
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        lock (_table.Gate)
        {
            IReadOnlyList<BlockEdge> list = [.. _table.Rows
                .Where(r => r.Key.Kind == kind && string.Equals(r.Key.Owner, ownerId, StringComparison.Ordinal))
                .Select(r => new BlockEdge(r.Key.Target, r.Value))
                .OrderByDescending(e => e.CreatedAt)
                .ThenByDescending(e => e.UserId, StringComparer.Ordinal)
                .Take(max)];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListBlockersAsync(string targetId)
    {
        Guard.Id(targetId, nameof(targetId));
        lock (_table.Gate)
        {
            IReadOnlyList<string> blockers = [.. _table.Rows.Keys
                .Where(k => k.Kind == BlockKind.Block && string.Equals(k.Target, targetId, StringComparison.Ordinal))
                .Select(k => k.Owner)];
            return Task.FromResult(blockers);
        }
    }
}
