using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Vrss.Deploy.Tests;

/// <summary>deploy/compose.yaml as the JSON document the Compose Specification's schema describes (anchors and merge keys resolved).</summary>
internal static class ComposeFile
{
    public const string Path = "deploy/compose.yaml";

    private static readonly Lazy<JsonObject> s_document = new(() => Load(RepositoryFiles.Read(Path)));

    public static JsonObject Document => s_document.Value;

    public static JsonObject Services => Document["services"]!.AsObject();

    public static JsonObject Load(string yaml)
    {
        // Unquoted scalars become numbers and booleans as YAML's core schema says, which the JSON schema's types expect.
        var deserializer = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();
        var value = deserializer.Deserialize(new MergingParser(new Parser(new StringReader(yaml))));
        return ToJson(value)!.AsObject();
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        IDictionary<object, object> map => new JsonObject(map.Select(e => KeyValuePair.Create(Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture)!, ToJson(e.Value)))),
        IList<object> list => new JsonArray(list.Select(ToJson).ToArray()),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        float f => JsonValue.Create(f),
        decimal m => JsonValue.Create(m),
        _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
