using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Vrss.GrainInterfaces.Idempotency;

namespace Vrss.Grains.Idempotency;

/// <summary>
/// The ledger of idempotency keys. It keeps nothing in memory: each decision is an atomic statement of
/// <see cref="IIdempotencyRepository"/>, so activations on every silo (a stateless worker runs where it is called)
/// agree, and a claim outlives the silo that took it.
/// </summary>
[StatelessWorker]
[Reentrant]
public sealed class IdempotencyGrain(IIdempotencyRepository keys, TimeProvider time, IOptions<IdempotencyOptions> options) : Grain, IIdempotencyGrain
{
    // A key swept or reused between two steps is looked at again; more rounds than this means it is fought over.
    private const int Attempts = 3;

    /// <inheritdoc />
    public async Task<IdempotencyClaim> ClaimAsync(string userId, string key, string procedure, string fingerprint)
    {
        var now = time.GetUtcNow();
        var expiredBefore = now - options.Value.Retention;
        var claimId = Guid.NewGuid();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var fresh = new IdempotencyRecord(
                userId, key, procedure, fingerprint, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), now, claimId, now, null, null);
            if (await keys.TryStartAsync(fresh, expiredBefore) is { } seed)
            {
                return new IdempotencyClaim(IdempotencyOutcome.Run, claimId, seed, null);
            }

            var abandonedBefore = now - options.Value.ClaimTimeout;
            if (await keys.TryReclaimAsync(userId, key, procedure, fingerprint, claimId, now, abandonedBefore, expiredBefore) is { } kept)
            {
                return new IdempotencyClaim(IdempotencyOutcome.Run, claimId, kept, null);
            }

            if (await keys.GetAsync(userId, key) is not { } row)
            {
                continue;
            }

            if (row.Procedure != procedure || row.Fingerprint != fingerprint)
            {
                return new IdempotencyClaim(IdempotencyOutcome.Mismatch, Guid.Empty, null, null);
            }

            return row is { Status: { } status, Answer: { } answer }
                ? new IdempotencyClaim(IdempotencyOutcome.Replay, Guid.Empty, null, new IdempotentAnswer(status, answer))
                : new IdempotencyClaim(IdempotencyOutcome.InProgress, Guid.Empty, null, null);
        }

        return new IdempotencyClaim(IdempotencyOutcome.InProgress, Guid.Empty, null, null);
    }

    /// <inheritdoc />
    public Task CompleteAsync(string userId, string key, Guid claimId, IdempotentAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return keys.CompleteAsync(userId, key, claimId, answer.Status, answer.Json);
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string userId, string key, Guid claimId) => keys.ReleaseAsync(userId, key, claimId);
}
