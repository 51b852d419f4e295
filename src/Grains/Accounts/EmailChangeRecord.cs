namespace Vrss.Grains.Accounts;

/// <summary>One row of <c>email_changes</c>: a link sent to a new address.</summary>
/// <param name="TokenHash">SHA-256 of the token's text.</param>
/// <param name="UserId">The account whose address changes.</param>
/// <param name="NewEmail">The address the link was sent to (trimmed).</param>
/// <param name="CreatedAt">When it was sent.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record EmailChangeRecord(byte[] TokenHash, string UserId, string NewEmail, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
