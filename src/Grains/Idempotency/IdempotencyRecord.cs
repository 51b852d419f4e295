namespace Vrss.Grains.Idempotency;

/// <summary>A row of <c>idempotency_keys</c>: one key of one user, claimed or answered.</summary>
/// <param name="UserId">Whose key it is (keys are per user).</param>
/// <param name="Key">The client's key.</param>
/// <param name="Procedure">The procedure first called with it.</param>
/// <param name="Fingerprint">The SHA-256 of that call's input in canonical form.</param>
/// <param name="Seed">What creations derive their ids from while the key lives.</param>
/// <param name="CreatedAt">When the key was first claimed; it expires a retention period later.</param>
/// <param name="ClaimId">The claim of the call running now; null when none is (answered, or given up).</param>
/// <param name="ClaimedAt">When that claim was taken.</param>
/// <param name="Status">The recorded answer's HTTP status; null until answered.</param>
/// <param name="Answer">The recorded answer's <c>data</c> or <c>error</c> as JSON text.</param>
public sealed record IdempotencyRecord(
    string UserId,
    string Key,
    string Procedure,
    string Fingerprint,
    string Seed,
    DateTimeOffset CreatedAt,
    Guid? ClaimId,
    DateTimeOffset ClaimedAt,
    int? Status,
    string? Answer);
