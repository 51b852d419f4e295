namespace Vrss.WebFront.Events;

/// <summary>
/// The data of a <c>stream.closed</c> event, the last of a stream the server ends on purpose (it has no <c>id</c>:
/// it is not in the user's log). A client should not reconnect by itself after one.
/// </summary>
/// <param name="Reason">One of <see cref="GrainInterfaces.Events.StreamCloseReasons"/>.</param>
internal sealed record StreamClosedData(string Reason)
{
    /// <summary>The SSE event name.</summary>
    public const string EventName = "stream.closed";
}
