using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Vrss.WebFront.Rpc;

/// <summary>The JSON rules of <c>/api/rpc</c>.</summary>
public static class RpcJson
{
    /// <summary>The deepest nesting a body may have.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// camelCase names matched case-insensitively, unknown members ignored, numbers only as numbers, enums only as
    /// their camelCase names, duplicate properties refused, times as ISO-8601 UTC.
    /// </summary>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            MaxDepth = MaxDepth,
            AllowDuplicateProperties = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new UtcDateTimeOffsetConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>How request bodies are parsed before binding.</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };
}
