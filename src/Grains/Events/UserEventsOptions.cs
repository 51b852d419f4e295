namespace Vrss.Grains.Events;

/// <summary>How much of each user's event log is kept for resuming readers, bound from <c>Vrss:Events</c>.</summary>
public sealed class UserEventsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Events";

    /// <summary>The newest events kept whatever their age (API: at least the last 100).</summary>
    public int RetainCount { get; set; } = 100;

    /// <summary>Events younger than this are kept even beyond <see cref="RetainCount"/> (API: at least 10 minutes)...</summary>
    public TimeSpan RetainAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>...up to this many, so that a burst cannot grow the persisted log without bound.</summary>
    public int MaxRetained { get; set; } = 500;

    /// <summary>
    /// How many ids one persisted write reserves for in-memory (feed) events, so that ids stay unique and
    /// increasing across a failure without a write per feed event.
    /// </summary>
    public int TransientIdBlock { get; set; } = 100;

    /// <summary>
    /// How long a live connection's subscription lasts without renewal. Connections renew at every heartbeat
    /// (<c>Vrss:Stream:HeartbeatInterval</c>), so this only drops connections whose silo died without saying goodbye.
    /// </summary>
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many live streams (<c>GET /api/stream</c>) one user may have open, counted over every silo: one more
    /// closes the oldest, after a <c>stream.closed</c> event that says why. Bounds what one account (or a stolen
    /// session) can hold open.
    /// </summary>
    public int MaxStreamsPerUser { get; set; } = 10;
}
