using System.Buffers;
using System.Text.Json;
using Vrss.Runtime.Serialization;

namespace Vrss.Runtime.Transport;

/// <summary>Writes and reads call arguments and results as JSON, each value as its declared type.</summary>
internal sealed class MessageSerializer(JsonCodec codec)
{
    public void WriteArguments(IBufferWriter<byte> output, Type[] types, object?[] arguments)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartArray();
        for (var i = 0; i < types.Length; i++)
        {
            JsonSerializer.Serialize(writer, arguments[i], types[i], codec.Options);
        }

        writer.WriteEndArray();
    }

    public object?[] ReadArguments(ReadOnlySpan<byte> json, Type[] types)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Arguments must be a JSON array.");
        }

        var values = new object?[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            reader.Read();
            values[i] = JsonSerializer.Deserialize(ref reader, types[i], codec.Options);
        }

        return values;
    }

    public void WriteValue(IBufferWriter<byte> output, object? value, Type? type)
    {
        using var writer = new Utf8JsonWriter(output);
        JsonSerializer.Serialize(writer, value, type ?? typeof(object), codec.Options);
    }

    public object? ReadValue(ReadOnlySpan<byte> json, Type? type) =>
        type is null ? null : JsonSerializer.Deserialize(json, type, codec.Options);
}
