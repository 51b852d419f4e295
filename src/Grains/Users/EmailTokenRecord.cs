namespace Vrss.Grains.Users;

/// <summary>One row of <c>email_tokens</c>.</summary>
/// <param name="TokenHash">SHA-256 of the token's text.</param>
/// <param name="UserId">The account the token acts on.</param>
/// <param name="Purpose">What it is for.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record EmailTokenRecord(byte[] TokenHash, string UserId, EmailTokenPurpose Purpose, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
