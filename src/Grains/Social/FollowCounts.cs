namespace Vrss.Grains.Social;

/// <summary>A user's follow counts, counted from the edges (the User grain keeps its own copy).</summary>
/// <param name="Followers">How many users follow this user.</param>
/// <param name="Following">How many users this user follows.</param>
public sealed record FollowCounts(int Followers, int Following);
