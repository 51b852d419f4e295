using System.Text.Json;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Posts;

namespace Vrss.WebFront.Posts;

/// <summary>The wire names of post types (<c>text_short</c>, <c>text_long</c>, <c>image</c>, <c>video</c>, <c>audio</c>, <c>gallery</c>).</summary>
public static class PostTypes
{
    private static readonly Dictionary<string, PostType> s_byName =
        Enum.GetValues<PostType>().ToDictionary(NameOf, StringComparer.Ordinal);

    /// <summary>The wire name of a type.</summary>
    public static string NameOf(PostType type) => JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString());

    /// <summary>Parses a required type name (400 / 1202 when missing, 1201 when unknown).</summary>
    public static PostType Parse(string? name) =>
        name is null ? throw VrssException.Invalid("type", "type is required", ErrorCode.MissingRequiredField)
        : s_byName.TryGetValue(name, out var type) ? type
        : throw VrssException.Invalid("type", $"type must be one of {string.Join(", ", s_byName.Keys)}");
}
