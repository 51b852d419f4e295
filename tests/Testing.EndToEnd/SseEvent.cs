using System.Text.Json;

namespace Vrss.Testing.EndToEnd;

/// <summary>One server-sent event as a client received it.</summary>
/// <param name="Id">The <c>id</c> field, if the event had one.</param>
/// <param name="Event">The <c>event</c> field (<c>message</c> when absent, as in browsers).</param>
/// <param name="Data">The <c>data</c> lines joined with line feeds.</param>
/// <param name="ReceivedAt">When the client finished reading it (<see cref="System.Diagnostics.Stopwatch"/> timestamp).</param>
public sealed record SseEvent(string? Id, string Event, string Data, long ReceivedAt)
{
    /// <summary>The data parsed as JSON.</summary>
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Data);
            return document.RootElement.Clone();
        }
    }

    /// <summary>The id as a number.</summary>
    public long NumericId => long.Parse(Id ?? throw new InvalidOperationException("The event has no id."), System.Globalization.CultureInfo.InvariantCulture);
}
