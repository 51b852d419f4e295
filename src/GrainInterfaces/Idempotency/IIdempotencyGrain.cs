namespace Vrss.GrainInterfaces.Idempotency;

/// <summary>
/// The ledger of idempotency keys (API.md, "Idempotency keys"): a write carrying a key claims it before it runs and
/// records its answer after, so a repeat of the same call gets the first answer instead of running again. Every
/// decision is one atomic statement on the <c>idempotency_keys</c> table, so any activation on any silo (it is a
/// stateless worker: key <c>"0"</c>) gives the same answer, and a silo that dies leaves the claim in the table.
/// </summary>
public interface IIdempotencyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims <paramref name="key"/> of <paramref name="userId"/> for a call of <paramref name="procedure"/> with an input
    /// whose fingerprint is <paramref name="fingerprint"/>: run it, replay the recorded answer, or refuse (another
    /// procedure or input under the key, or the first call still running).
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(string userId, string key, string procedure, string fingerprint);

    /// <summary>Records the answer of a claimed call (the first answer recorded under a key stays).</summary>
    Task CompleteAsync(string userId, string key, Guid claimId, IdempotentAnswer answer);

    /// <summary>Gives a claim up without an answer (a failure worth retrying), so that a repeat runs the call again.</summary>
    Task ReleaseAsync(string userId, string key, Guid claimId);
}
