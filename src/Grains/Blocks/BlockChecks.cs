using Vrss.Grains.Data;

namespace Vrss.Grains.Blocks;

/// <summary>Argument checks both block repositories share.</summary>
internal static class BlockChecks
{
    public static void Pair(BlockKind kind, string ownerId, string targetId)
    {
        Guard.Defined(kind, nameof(kind));
        Guard.Id(ownerId, nameof(ownerId));
        Guard.Id(targetId, nameof(targetId));
        if (string.Equals(ownerId, targetId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A user cannot block or mute themselves.", nameof(targetId));
        }
    }
}
