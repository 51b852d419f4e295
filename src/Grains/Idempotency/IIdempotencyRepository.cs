namespace Vrss.Grains.Idempotency;

/// <summary>
/// The <c>idempotency_keys</c> table. Every method is one atomic step, safe to repeat after a lost answer, so silos
/// racing on one key agree: at most one claim holds a key at a time, and the first recorded answer stays.
/// </summary>
public interface IIdempotencyRepository
{
    /// <summary>
    /// Claims a key nobody holds: inserts <paramref name="record"/> (pending, claimed by its <see cref="IdempotencyRecord.ClaimId"/>),
    /// or replaces a row created at or before <paramref name="expiredBefore"/>. Answers the seed of the claim, or null
    /// when a live row is there.
    /// </summary>
    Task<string?> TryStartAsync(IdempotencyRecord record, DateTimeOffset expiredBefore);

    /// <summary>
    /// Takes over a live, unanswered row of the same procedure and fingerprint whose claim was given up or taken at or
    /// before <paramref name="abandonedBefore"/> (its silo died or hung): answers the row's seed, or null.
    /// </summary>
    Task<string?> TryReclaimAsync(
        string userId, string key, string procedure, string fingerprint, Guid claimId, DateTimeOffset now, DateTimeOffset abandonedBefore, DateTimeOffset expiredBefore);

    /// <summary>The row of a key, or null.</summary>
    Task<IdempotencyRecord?> GetAsync(string userId, string key);

    /// <summary>Records the answer of the call holding <paramref name="claimId"/>; false when that claim no longer holds the key.</summary>
    Task<bool> CompleteAsync(string userId, string key, Guid claimId, int status, string answer);

    /// <summary>Gives up the claim <paramref name="claimId"/> without an answer (the row and its seed stay); false when it did not hold the key.</summary>
    Task<bool> ReleaseAsync(string userId, string key, Guid claimId);

    /// <summary>Deletes keys created at or before <paramref name="before"/>; answers how many.</summary>
    Task<int> DeleteCreatedBeforeAsync(DateTimeOffset before);
}
