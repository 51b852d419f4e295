using System.Collections.Immutable;

namespace Vrss.GrainInterfaces.Blocks;

/// <summary>What one user's reads hide: the users they block, the users who block them, and the users they mute.</summary>
/// <param name="Blocking">Users this user blocks.</param>
/// <param name="BlockedBy">Users who block this user.</param>
/// <param name="Muting">Users this user mutes.</param>
[GenerateSerializer, Immutable]
public sealed record BlockSnapshot(ImmutableHashSet<string> Blocking, ImmutableHashSet<string> BlockedBy, ImmutableHashSet<string> Muting)
{
    /// <summary>Nobody blocked, blocking or muted.</summary>
    public static BlockSnapshot Empty { get; } = new([], [], []);

    /// <summary>Whether nothing is hidden (reads can skip filtering).</summary>
    public bool IsEmpty => Blocking.IsEmpty && BlockedBy.IsEmpty && Muting.IsEmpty;

    /// <summary>Whether a block stands between this user and <paramref name="userId"/>, in either direction.</summary>
    public bool IsBlockedWith(string userId) => Blocking.Contains(userId) || BlockedBy.Contains(userId);

    /// <summary>Whether <paramref name="userId"/>'s content and actions are hidden from this user (blocked either way, or muted).</summary>
    public bool Hides(string userId) => IsBlockedWith(userId) || Muting.Contains(userId);
}
