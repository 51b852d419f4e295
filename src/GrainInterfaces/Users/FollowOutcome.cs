namespace Vrss.GrainInterfaces.Users;

/// <summary>What the followee's grain answers when a follower is added.</summary>
/// <param name="Added">True when the follow is new; false when it already existed or became a request.</param>
/// <param name="Pulled">Whether the followee's posts are merged into feeds at read time instead of fanned out.</param>
/// <param name="Requested">True when the followee approves followers: a follow request is pending instead (no edge yet).</param>
[GenerateSerializer, Immutable]
public sealed record FollowOutcome(bool Added, bool Pulled, bool Requested = false);
