namespace Vrss.Grains.Social;

/// <summary>One side of a follow edge as a list shows it: the other user and when the follow began.</summary>
/// <param name="UserId">The follower (in a followers list) or the followee (in a following list).</param>
/// <param name="CreatedAt">When the follow began.</param>
public sealed record FollowEdge(string UserId, DateTimeOffset CreatedAt);
