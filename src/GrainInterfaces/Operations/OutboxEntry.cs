namespace Vrss.GrainInterfaces.Operations;

/// <summary>An outbox message as operators see it: never its body, which carries single-use tokens.</summary>
/// <param name="Id">The message id.</param>
/// <param name="Recipient">The address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Status">Queued or failed.</param>
/// <param name="Attempts">Delivery attempts so far.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="NextAttemptAt">When it is due next (queued only).</param>
/// <param name="LastError">Why the last attempt failed.</param>
/// <param name="Retryable">Whether a retry can still deliver it (its body was not blanked).</param>
[GenerateSerializer, Immutable]
public sealed record OutboxEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Recipient,
    [property: Id(2)] string Subject,
    [property: Id(3)] OutboxEntryStatus Status,
    [property: Id(4)] int Attempts,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset? NextAttemptAt,
    [property: Id(7)] string? LastError,
    [property: Id(8)] bool Retryable);
