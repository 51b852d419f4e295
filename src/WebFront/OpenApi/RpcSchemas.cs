using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.OpenApi;

/// <summary>
/// JSON Schemas of inputs and outputs, from the serializer's own view of the types (<see cref="JsonSchemaExporter"/> with
/// the RPC JSON options: camelCase names, enums as their wire names, nullability), plus what the field declarations in
/// <see cref="Rpc.Schema"/> say (lengths, patterns, ranges, required fields) and times as ISO-8601 strings.
/// </summary>
public static class RpcSchemas
{
    /// <summary>The schema of an input record: optional fields may be null (it means absent), required ones may not.</summary>
    public static JsonObject Input(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => TransformInput(context, Times(context, node)),
        };
        return Root(options.GetJsonSchemaAsNode(type, exporter));
    }

    /// <summary>The schema of what the serializer writes for <paramref name="type"/>: every property it always writes is required.</summary>
    public static JsonObject Output(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => TransformOutput(context, Times(context, node)),
        };
        return Root(options.GetJsonSchemaAsNode(type, exporter));
    }

    private static JsonObject Root(JsonNode node) =>
        node as JsonObject ?? throw new InvalidOperationException("A schema that is not an object: " + node.ToJsonString());

    // The RPC options write DateTimeOffset with a converter of their own, which the exporter cannot see into.
    private static JsonNode Times(JsonSchemaExporterContext context, JsonNode node)
    {
        var type = context.TypeInfo.Type;
        if (type == typeof(DateTimeOffset))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date-time" };
        }

        return type == typeof(DateTimeOffset?)
            ? new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date-time" }
            : node;
    }

    private static JsonNode TransformInput(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is not JsonObject schema)
        {
            return node;
        }

        if (context.PropertyInfo is { AttributeProvider: { } provider })
        {
            ApplyFieldDeclarations(schema, provider);
            if (schema["items"] is JsonObject items)
            {
                // A list's items are refused when null, even where the list itself may be absent.
                WithoutNull(items);
            }
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema["properties"] is JsonObject properties)
        {
            var required = new JsonArray();
            foreach (var property in context.TypeInfo.Properties)
            {
                if (property.AttributeProvider?.IsDefined(typeof(FieldRequiredAttribute), inherit: false) == true
                    && properties[property.Name] is JsonObject field)
                {
                    WithoutNull(field);
                    required.Add(property.Name);
                }
            }

            schema.Remove("required");
            if (required.Count > 0)
            {
                schema["required"] = required;
            }

            var type = context.TypeInfo.Type;
            if (type.GetCustomAttribute<OneOfFieldsAttribute>() is { } oneOf)
            {
                schema["anyOf"] = new JsonArray([.. oneOf.Fields.Select(f => (JsonNode)new JsonObject
                {
                    ["required"] = new JsonArray(f),
                    ["properties"] = new JsonObject { [f] = new JsonObject { ["not"] = new JsonObject { ["type"] = "null" } } },
                })]);
            }

            var rules = type.GetCustomAttributes<InputRuleAttribute>().Select(r => r.Text).ToList();
            if (rules.Count > 0)
            {
                schema["description"] = string.Join(" ", rules);
            }
        }

        return schema;
    }

    private static void ApplyFieldDeclarations(JsonObject schema, ICustomAttributeProvider provider)
    {
        foreach (var attribute in provider.GetCustomAttributes(inherit: false))
        {
            switch (attribute)
            {
                case FieldTextAttribute text:
                    schema["minLength"] = text.Min;
                    schema["maxLength"] = text.Max;
                    if (text.Pattern is { } pattern)
                    {
                        schema["pattern"] = pattern;
                    }

                    if (text.Format is { } format)
                    {
                        schema["format"] = format;
                    }

                    break;
                case FieldIdAttribute:
                    schema["minLength"] = 1;
                    schema["maxLength"] = Social.InputIds.MaxLength;
                    schema["pattern"] = FieldIdAttribute.Pattern;
                    break;
                case FieldRangeAttribute range:
                    schema["minimum"] = range.Min;
                    schema["maximum"] = range.Max;
                    break;
                case FieldItemsAttribute items:
                    schema["maxItems"] = items.Max;
                    break;
                case FieldEnumAttribute values:
                    var allowed = new JsonArray([.. values.Values.Select(v => (JsonNode)JsonValue.Create(v))]);
                    if (IsNullable(schema))
                    {
                        allowed.Add(null);
                    }

                    schema["enum"] = allowed;
                    break;
            }
        }
    }

    private static JsonNode TransformOutput(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is not JsonObject schema || context.TypeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return node;
        }

        // What the serializer always writes is required; a property ignored when null may be missing.
        var required = new JsonArray([.. context.TypeInfo.Properties
            .Where(p => p.Get is not null && p.ShouldSerialize is null && !IsSometimesOmitted(p))
            .Select(p => (JsonNode)JsonValue.Create(p.Name))]);
        schema.Remove("required");
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        // An answer has exactly the declared fields: a field the document does not name is a contract break too.
        schema["additionalProperties"] = false;
        return schema;
    }

    private static bool IsSometimesOmitted(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: false)
            .OfType<JsonIgnoreAttribute>()
            .Any(a => a.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault) == true;

    private static bool IsNullable(JsonObject schema) =>
        schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");

    private static void WithoutNull(JsonObject schema)
    {
        if (schema["type"] is JsonArray types)
        {
            var rest = types.Where(t => t?.GetValue<string>() != "null").Select(t => t!.GetValue<string>()).ToList();
            schema["type"] = rest.Count == 1 ? rest[0] : new JsonArray([.. rest.Select(t => (JsonNode)JsonValue.Create(t))]);
        }

        if (schema["enum"] is JsonArray values)
        {
            schema["enum"] = new JsonArray([.. values.Where(v => v is not null).Select(v => v!.DeepClone())]);
        }
    }
}
