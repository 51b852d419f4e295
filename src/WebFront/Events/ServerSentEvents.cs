using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace Vrss.WebFront.Events;

/// <summary>
/// Writes the <c>text/event-stream</c> format. Data is compact JSON, which never contains a line break, so every
/// event is exactly one <c>data:</c> line.
/// </summary>
internal static class ServerSentEvents
{
    public static void WriteEvent<T>(PipeWriter writer, long id, string name, T data, JsonSerializerOptions options)
    {
        WriteAscii(writer, "id: ");
        WriteAscii(writer, id.ToString(CultureInfo.InvariantCulture));
        WriteAscii(writer, "\n");
        WriteEvent(writer, name, data, options);
    }

    // Without an id line, which leaves the client's Last-Event-ID as it was: for events that are not in the log.
    public static void WriteEvent<T>(PipeWriter writer, string name, T data, JsonSerializerOptions options)
    {
        WriteAscii(writer, "event: ");
        WriteAscii(writer, name);
        WriteAscii(writer, "\ndata: ");
        using (var json = new Utf8JsonWriter(writer))
        {
            JsonSerializer.Serialize(json, data, options);
        }

        WriteAscii(writer, "\n\n");
    }

    public static void WriteComment(PipeWriter writer, string text)
    {
        WriteAscii(writer, ": ");
        WriteAscii(writer, text);
        WriteAscii(writer, "\n\n");
    }

    public static void WriteRetry(PipeWriter writer, TimeSpan delay)
    {
        WriteAscii(writer, "retry: ");
        WriteAscii(writer, ((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        WriteAscii(writer, "\n\n");
    }

    private static void WriteAscii(PipeWriter writer, string text)
    {
        var span = writer.GetSpan(text.Length);
        var written = Encoding.ASCII.GetBytes(text, span);
        writer.Advance(written);
    }
}
