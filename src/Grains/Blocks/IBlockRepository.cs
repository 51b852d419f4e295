namespace Vrss.Grains.Blocks;

/// <summary>
/// Blocks and mutes: at most one of each kind per (owner, target). The Block List grain reads a user's lists whole
/// when it activates and keeps them, so the lists are read only then; their length is capped by the grain
/// (<see cref="GrainInterfaces.Blocks.BlockErrors.MaxPerList"/>).
/// </summary>
public interface IBlockRepository
{
    /// <summary>Stores the entry; false when it was there already.</summary>
    /// <exception cref="ArgumentException">A user cannot block or mute themselves.</exception>
    Task<bool> AddAsync(BlockKind kind, string ownerId, string targetId, DateTimeOffset at);

    /// <summary>Deletes the entry; true when there was one.</summary>
    Task<bool> RemoveAsync(BlockKind kind, string ownerId, string targetId);

    /// <summary>The user's list of <paramref name="kind"/>, newest first (at most <paramref name="max"/> entries).</summary>
    Task<IReadOnlyList<BlockEdge>> ListAsync(BlockKind kind, string ownerId, int max);

    /// <summary>The ids of the users who block <paramref name="targetId"/>.</summary>
    Task<IReadOnlyList<string>> ListBlockersAsync(string targetId);
}
