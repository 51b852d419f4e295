namespace Vrss.GrainInterfaces.Sessions;

/// <summary>A live session.</summary>
/// <param name="UserId">Whose session it is.</param>
/// <param name="CreatedAt">When the user logged in.</param>
/// <param name="ExpiresAt">When it expires unless renewed.</param>
[GenerateSerializer, Immutable]
public sealed record SessionInfo(string UserId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
