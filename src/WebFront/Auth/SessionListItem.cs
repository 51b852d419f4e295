namespace Vrss.WebFront.Auth;

/// <summary>One item of <c>auth.listSessions</c>.</summary>
/// <param name="SessionId">The public id, for <c>auth.revokeSession</c>.</param>
/// <param name="CreatedAt">When the user logged in.</param>
/// <param name="LastUsedAt">When a request last used it (recorded every few minutes at most).</param>
/// <param name="Ip">The client's network at login ("203.0.113.0"), or null.</param>
/// <param name="UserAgent">The client's user agent at login (at most 256 characters), or null.</param>
/// <param name="Current">True for the session making this call.</param>
public sealed record SessionListItem(string SessionId, DateTimeOffset CreatedAt, DateTimeOffset LastUsedAt, string? Ip, string? UserAgent, bool Current);
