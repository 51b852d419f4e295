namespace Vrss.Grains.Social;

/// <summary>One of a user's connections: the other user and when they connected.</summary>
/// <param name="UserId">The connected user.</param>
/// <param name="CreatedAt">When the request was accepted.</param>
public sealed record ConnectionEdge(string UserId, DateTimeOffset CreatedAt);
