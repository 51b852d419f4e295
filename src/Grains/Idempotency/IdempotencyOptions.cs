namespace Vrss.Grains.Idempotency;

/// <summary>Idempotency keys (API.md, "Idempotency keys"), bound from <c>Vrss:Idempotency</c>.</summary>
public sealed class IdempotencyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Idempotency";

    /// <summary>The least retention API.md promises.</summary>
    public static readonly TimeSpan MinimumRetention = TimeSpan.FromHours(24);

    /// <summary>How long a key is remembered after its first use (API.md promises at least 24 hours).</summary>
    public TimeSpan Retention { get; set; } = MinimumRetention;

    /// <summary>
    /// How long a claimed call may run before a repeat may take it over: the front that ran it is taken to be dead.
    /// Longer than any call takes (a grain call times out after 30 s by default).
    /// </summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often each silo deletes expired keys.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
