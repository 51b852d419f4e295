namespace Vrss.Grains.Sessions;

/// <summary>One row of <c>sessions</c>.</summary>
/// <param name="TokenHash">SHA-256 of the token: the only form in which the token is stored.</param>
/// <param name="SessionId">The public id shown to the owner (random, unrelated to the token).</param>
/// <param name="UserId">Whose session it is.</param>
/// <param name="CreatedAt">When the user logged in.</param>
/// <param name="RenewedAt">When the expiry last moved.</param>
/// <param name="ExpiresAt">When the session ends unless renewed.</param>
/// <param name="LastUsedAt">When a request last used it, as last written (at most every few minutes).</param>
/// <param name="Ip">The client's network at login (truncated by the web front), or null.</param>
/// <param name="UserAgent">The client's user agent at login (shortened by the web front), or null.</param>
public sealed record SessionRecord(
    byte[] TokenHash,
    string SessionId,
    string UserId,
    DateTimeOffset CreatedAt,
    DateTimeOffset RenewedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset LastUsedAt,
    string? Ip,
    string? UserAgent);
