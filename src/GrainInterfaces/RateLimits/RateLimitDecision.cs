namespace Vrss.GrainInterfaces.RateLimits;

/// <summary>The answer of a rate limiter.</summary>
/// <param name="Allowed">Whether the event is (or would be) allowed.</param>
/// <param name="Limit">The rule's limit.</param>
/// <param name="Remaining">How many more events the window allows now.</param>
/// <param name="ResetAt">When every event now counted will have left the window.</param>
/// <param name="RetryAfter">When not allowed: how long until an event would be.</param>
/// <param name="AcquiredAt">The event's time when one was counted (to release it later).</param>
[GenerateSerializer, Immutable]
public sealed record RateLimitDecision(
    bool Allowed,
    int Limit,
    int Remaining,
    DateTimeOffset ResetAt,
    TimeSpan RetryAfter,
    DateTimeOffset? AcquiredAt);
