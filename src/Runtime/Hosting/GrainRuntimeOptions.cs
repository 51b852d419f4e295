namespace Vrss.Runtime.Hosting;

/// <summary>Runtime settings, bound from <c>Vrss:Runtime</c>.</summary>
public sealed class GrainRuntimeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Runtime";

    /// <summary>How long a caller waits for an answer before it gets a <see cref="TimeoutException"/>.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an activation may stay idle before it is collected.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many requests may wait in one activation's mailbox before callers are refused.</summary>
    public int MailboxCapacity { get; set; } = 10_000;

    /// <summary>How long <c>OnDeactivateAsync</c> may run.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
