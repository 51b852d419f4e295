namespace Vrss.Grains.Sessions;

/// <summary>One row of <c>sessions</c>.</summary>
/// <param name="TokenHash">SHA-256 of the token: the only form in which the token is stored.</param>
/// <param name="UserId">Whose session it is.</param>
/// <param name="CreatedAt">When the user logged in.</param>
/// <param name="RenewedAt">When the expiry last moved.</param>
/// <param name="ExpiresAt">When the session ends unless renewed.</param>
public sealed record SessionRecord(byte[] TokenHash, string UserId, DateTimeOffset CreatedAt, DateTimeOffset RenewedAt, DateTimeOffset ExpiresAt);
