namespace Vrss.Grains.HotReads;

/// <summary>How writes announce changes to every silo's hot reads, bound from <c>Vrss:HotReads</c>.</summary>
public sealed class HotReadOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:HotReads";

    /// <summary>
    /// How long a write waits for one silo to take its change before it answers anyway (the write is committed; the
    /// silo's copy is re-validated later, see <see cref="HotReadBroadcast"/>). Also bounds each start-up check.
    /// </summary>
    public TimeSpan BroadcastTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The first wait before re-sending a re-validation to a silo that did not take it; doubles up to a minute.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether the values are usable.</summary>
    public bool IsValid() => BroadcastTimeout > TimeSpan.Zero && RetryDelay > TimeSpan.Zero;
}
