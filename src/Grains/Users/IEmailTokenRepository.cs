namespace Vrss.Grains.Users;

/// <summary>The <c>email_tokens</c> table: hashed, expiring, single-use tokens.</summary>
public interface IEmailTokenRepository
{
    /// <summary>Stores a new token.</summary>
    Task InsertAsync(EmailTokenRecord token);

    /// <summary>
    /// Marks the token used, in one atomic step, if it exists for <paramref name="purpose"/>, is unused and has
    /// not expired at <paramref name="now"/>; returns its user id, or null when it cannot be used.
    /// </summary>
    Task<string?> ConsumeAsync(byte[] tokenHash, EmailTokenPurpose purpose, DateTimeOffset now);

    /// <summary>Marks every unused token of a user for a purpose as used; returns how many.</summary>
    Task<int> InvalidateAllAsync(string userId, EmailTokenPurpose purpose, DateTimeOffset now);
}
