namespace Vrss.GrainInterfaces.Users;

/// <summary>What the followee's grain answers when a follower is added.</summary>
/// <param name="Added">True when the follow is new; false when it already existed.</param>
/// <param name="Pulled">Whether the followee's posts are merged into feeds at read time instead of fanned out.</param>
[GenerateSerializer, Immutable]
public sealed record FollowOutcome(bool Added, bool Pulled);
