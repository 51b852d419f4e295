using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace Vrss.Runtime.Serialization;

/// <summary>The one <see cref="JsonSerializerOptions"/> instance the runtime serialises state and messages with.</summary>
public sealed class JsonCodec
{
    /// <summary>Builds the options from <see cref="SerializationOptions"/>.</summary>
    public JsonCodec(IOptions<SerializationOptions> options)
    {
        var resolvers = options.Value.TypeInfoResolvers.Append(new DefaultJsonTypeInfoResolver()).ToArray();
        Options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(resolvers),
        };
        Options.MakeReadOnly();
    }

    /// <summary>The serializer options.</summary>
    public JsonSerializerOptions Options { get; }

    /// <summary>Serialises a value as its declared type.</summary>
    public byte[] Serialize(object? value, Type type) => JsonSerializer.SerializeToUtf8Bytes(value, type, Options);

    /// <summary>Deserialises a value of the given type.</summary>
    public object? Deserialize(ReadOnlySpan<byte> utf8Json, Type type) => JsonSerializer.Deserialize(utf8Json, type, Options);
}
