namespace Vrss.WebFront.Events;

/// <summary>Settings of <c>GET /api/stream</c>, bound from <c>Vrss:Stream</c>.</summary>
public sealed class EventStreamOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Stream";

    /// <summary>How often a <c>: ping</c> comment is sent; the session is re-checked and missed events fetched at the same time.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many events may wait for a slow client; one more disconnects it (it resumes with <c>Last-Event-ID</c>).</summary>
    public int BufferCapacity { get; set; } = 256;

    /// <summary>A client that has accepted no bytes for this long is disconnected, even when no events are waiting.</summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>The reconnection delay suggested to clients (the SSE <c>retry:</c> field).</summary>
    public TimeSpan ClientRetry { get; set; } = TimeSpan.FromSeconds(2);
}
