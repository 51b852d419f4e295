namespace Vrss.GrainInterfaces.Sessions;

/// <summary>A live session.</summary>
/// <param name="UserId">Whose session it is.</param>
/// <param name="CreatedAt">When the user logged in.</param>
/// <param name="ExpiresAt">When it expires unless renewed.</param>
/// <param name="SessionId">
/// The session's public id (<c>auth.listSessions</c>): random, unrelated to the token, so showing it gives nothing
/// that signs anyone in. Last, so that a silo of the previous build still reads the fields it knows.
/// </param>
[GenerateSerializer, Immutable]
public sealed record SessionInfo(string UserId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string SessionId);
