namespace Vrss.GrainInterfaces.RateLimits;

/// <summary>At most <paramref name="Limit"/> events in any <paramref name="Window"/>.</summary>
/// <param name="Limit">The number of events allowed.</param>
/// <param name="Window">The sliding window.</param>
/// <param name="Persist">
/// Whether the counts survive deactivation and silo loss (written to grain storage on every change); worth it
/// for security limits and windows longer than an idle activation lives.
/// </param>
[GenerateSerializer, Immutable]
public sealed record RateLimitRule(int Limit, TimeSpan Window, bool Persist);
