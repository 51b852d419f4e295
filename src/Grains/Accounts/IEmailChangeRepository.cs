namespace Vrss.Grains.Accounts;

/// <summary>The <c>email_changes</c> table: hashed, expiring, single-use links to confirm a new address.</summary>
public interface IEmailChangeRepository
{
    /// <summary>Stores a new link; earlier unused links of the user stop working (only the newest address counts).</summary>
    Task InsertAsync(EmailChangeRecord change, DateTimeOffset now);

    /// <summary>
    /// Marks the link used, in one atomic step, if it is unused and unexpired at <paramref name="now"/>; answers it, or
    /// null when it cannot be used.
    /// </summary>
    Task<EmailChangeRecord?> ConsumeAsync(byte[] tokenHash, DateTimeOffset now);
}
