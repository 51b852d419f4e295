namespace Vrss.Grains.Blocks;

/// <summary>One entry of a user's block or mute list: the other user and since when.</summary>
/// <param name="UserId">The blocked or muted user.</param>
/// <param name="CreatedAt">When the block or mute was made.</param>
public sealed record BlockEdge(string UserId, DateTimeOffset CreatedAt);
