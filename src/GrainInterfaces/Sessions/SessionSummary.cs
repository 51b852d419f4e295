namespace Vrss.GrainInterfaces.Sessions;

/// <summary>One of a user's sessions, as <c>auth.listSessions</c> shows it.</summary>
/// <param name="SessionId">The public id, which <c>auth.revokeSession</c> takes.</param>
/// <param name="CreatedAt">When the user logged in.</param>
/// <param name="LastUsedAt">When a request last used it (recorded at most every few minutes, so it may lag).</param>
/// <param name="Ip">The client's network at login (truncated), or null.</param>
/// <param name="UserAgent">The client's user agent at login (shortened), or null.</param>
[GenerateSerializer, Immutable]
public sealed record SessionSummary(string SessionId, DateTimeOffset CreatedAt, DateTimeOffset LastUsedAt, string? Ip, string? UserAgent);
