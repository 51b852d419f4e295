namespace Vrss.GrainInterfaces.Idempotency;

/// <summary>What <see cref="IIdempotencyGrain.ClaimAsync"/> decided.</summary>
/// <param name="Outcome">Run, replay or refuse.</param>
/// <param name="ClaimId">The claim to complete or release (with <see cref="IdempotencyOutcome.Run"/>).</param>
/// <param name="Seed">
/// A value fixed when the key was first claimed and kept while the key lives (also across a re-run after a silo died
/// mid-call): creations derive their ids from it, so a re-run finds what the first run created instead of making a
/// second one. A key reused after it expired gets a new seed.
/// </param>
/// <param name="Answer">The recorded answer (with <see cref="IdempotencyOutcome.Replay"/>).</param>
[GenerateSerializer, Immutable]
public sealed record IdempotencyClaim(
    IdempotencyOutcome Outcome,
    Guid ClaimId,
    string? Seed,
    IdempotentAnswer? Answer);
