using Vrss.Grains.Data;

namespace Vrss.Grains.Blocks;

/// <summary>Blocks and mutes in the <c>user_blocks</c> table.</summary>
public sealed class PostgresBlockRepository(DbRetry db) : IBlockRepository
{
    /// <inheritdoc />
    public async Task<bool> AddAsync(BlockKind kind, string ownerId, string targetId, DateTimeOffset at)
    {
        BlockChecks.Pair(kind, ownerId, targetId);
        return await db.ExecuteAsync(BlockStatements.Add(kind, ownerId, targetId, at)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(BlockKind kind, string ownerId, string targetId)
    {
        Guard.Defined(kind, nameof(kind));
        Guard.Id(ownerId, nameof(ownerId));
        Guard.Id(targetId, nameof(targetId));
        return await db.ExecuteAsync(BlockStatements.Remove(kind, ownerId, targetId)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BlockEdge>> ListAsync(BlockKind kind, string ownerId, int max)
    {
        Guard.Defined(kind, nameof(kind));
        Guard.Id(ownerId, nameof(ownerId));
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return await db.QueryAsync(
            BlockStatements.List(kind, ownerId, max),
            r => new BlockEdge(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1))).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListBlockersAsync(string targetId)
    {
        Guard.Id(targetId, nameof(targetId));
        return await db.QueryAsync(BlockStatements.Blockers(targetId), r => r.GetString(0)).ConfigureAwait(false);
    }
}
