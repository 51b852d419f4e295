namespace Vrss.WebFront.Sessions;

/// <summary>The caller's valid session.</summary>
/// <param name="UserId">The signed-in user.</param>
/// <param name="Key">The session grain's key (hex SHA-256 of the token).</param>
/// <param name="CreatedAt">When the user logged in.</param>
/// <param name="ExpiresAt">When the session expires unless renewed.</param>
/// <param name="SessionId">The session's public id (<c>auth.listSessions</c>), never the key.</param>
public sealed record CallerSession(string UserId, string Key, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string SessionId);
