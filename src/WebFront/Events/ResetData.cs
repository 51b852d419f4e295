namespace Vrss.WebFront.Events;

/// <summary>
/// The data of a <c>reset</c> event: the events after the client's <c>Last-Event-ID</c> cannot be replayed
/// exactly (too old, unknown, or lost with a failed silo), so the client must reload its notifications and feed.
/// Events after the reset's own id follow as usual.
/// </summary>
/// <param name="Reason">Why, for people reading the stream.</param>
internal sealed record ResetData(string Reason);
