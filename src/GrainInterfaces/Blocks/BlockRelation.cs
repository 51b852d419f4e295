namespace Vrss.GrainInterfaces.Blocks;

/// <summary>How one user stands towards another.</summary>
/// <param name="IsBlocking">The user blocks the other.</param>
/// <param name="IsBlockedBy">The other blocks the user.</param>
/// <param name="IsMuting">The user mutes the other.</param>
[GenerateSerializer, Immutable]
public sealed record BlockRelation(bool IsBlocking, bool IsBlockedBy, bool IsMuting)
{
    /// <summary>Whether a block stands between the two, in either direction.</summary>
    public bool IsBlockedEitherWay => IsBlocking || IsBlockedBy;
}
