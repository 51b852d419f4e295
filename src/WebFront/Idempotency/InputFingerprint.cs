using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Vrss.WebFront.Idempotency;

/// <summary>
/// What identifies a call's input under an idempotency key: the SHA-256 of its canonical JSON (object members sorted
/// by name, no white space), so a client that sends the same input again with members reordered or spaced
/// differently is repeating the call, and any other value is another call.
/// </summary>
public static class InputFingerprint
{
    /// <summary>The fingerprint of <paramref name="input"/>, as lower-case hex.</summary>
    public static string Of(JsonElement input)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, input);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static void Write(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in value.EnumerateObject().OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(member.Name);
                    Write(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Strings re-escaped the one way the writer escapes; numbers and literals as sent.
                value.WriteTo(writer);
                break;
        }
    }
}
