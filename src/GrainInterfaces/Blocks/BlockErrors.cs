using Vrss.GrainInterfaces.Errors;

namespace Vrss.GrainInterfaces.Blocks;

/// <summary>The error of a write across a block (403 / 1104), the same in both directions.</summary>
public static class BlockErrors
{
    /// <summary>The most users one user may block, and (separately) mute.</summary>
    public const int MaxPerList = 10_000;

    /// <summary>403 / 1104: the write is refused because one of the two users blocks the other.</summary>
    public static VrssException Blocked() => new(ErrorCode.Blocked, "You cannot interact with this user.");
}
