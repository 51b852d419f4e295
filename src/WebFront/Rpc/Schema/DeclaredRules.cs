using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vrss.GrainInterfaces.Errors;

namespace Vrss.WebFront.Rpc.Schema;

/// <summary>
/// Enforces the field declarations of an input record, the same ones the OpenAPI document states, so that the document
/// never promises a refusal the server does not make. It runs after the procedure's own <c>Validate</c>, so every refusal
/// that method makes keeps its code, message and order; this only catches what it (or a check deeper in the procedure)
/// would have let through or refused later.
/// </summary>
public static class DeclaredRules
{
    private static readonly ConcurrentDictionary<Type, FieldRule[]> s_rules = new();
    private static readonly ConcurrentDictionary<string, Regex> s_patterns = new(StringComparer.Ordinal);

    /// <summary>Throws the <see cref="VrssException"/> of the first declaration <paramref name="input"/> breaks.</summary>
    public static void Check(object input) => Check(input, "");

    private static void Check(object input, string prefix)
    {
        foreach (var rule in s_rules.GetOrAdd(input.GetType(), Build))
        {
            rule.Check(rule.Property.GetValue(input), prefix + rule.Name);
        }
    }

    private static FieldRule[] Build(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => new FieldRule(p, JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
            .Where(r => r.HasRules)];

    // JSON Schema patterns are ECMA-262, where $ is the very end; .NET's $ also matches before a final newline.
    private static Regex Pattern(string pattern) => s_patterns.GetOrAdd(pattern, p => new Regex(
        p.EndsWith('$') ? p[..^1] + @"\z" : p,
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1)));

    private sealed class FieldRule
    {
        private readonly bool _required;
        private readonly FieldTextAttribute? _text;
        private readonly bool _id;
        private readonly FieldRangeAttribute? _range;
        private readonly FieldItemsAttribute? _items;
        private readonly FieldEnumAttribute? _values;
        private readonly bool _nested;

        public FieldRule(PropertyInfo property, string name)
        {
            Property = property;
            Name = name;
            _required = property.IsDefined(typeof(FieldRequiredAttribute));
            _text = property.GetCustomAttribute<FieldTextAttribute>();
            _id = property.IsDefined(typeof(FieldIdAttribute));
            _range = property.GetCustomAttribute<FieldRangeAttribute>();
            _items = property.GetCustomAttribute<FieldItemsAttribute>();
            _values = property.GetCustomAttribute<FieldEnumAttribute>();
            _nested = property.PropertyType.IsGenericType
                && property.PropertyType.GetGenericArguments()[0] is { IsClass: true } item
                && item != typeof(string);
        }

        public PropertyInfo Property { get; }

        public string Name { get; }

        public bool HasRules => _required || _text is not null || _id || _range is not null || _items is not null || _values is not null || _nested;

        public void Check(object? value, string field)
        {
            switch (value)
            {
                case null when _required:
                    throw VrssException.Invalid(field, $"{field} is required", ErrorCode.MissingRequiredField);
                case null:
                    return;
                case string text:
                    CheckText(text, field);
                    return;
                case int or long when _range is { } range && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) is var number
                    && (number < range.Min || number > range.Max):
                    throw VrssException.Invalid(field, $"{field} must be between {range.Min} and {range.Max}");
                case IList list:
                    CheckList(list, field);
                    return;
            }
        }

        private void CheckText(string value, string field)
        {
            if (_text is { } text)
            {
                var length = RpcValidation.TextLength(value);
                if (length < text.Min || length > text.Max)
                {
                    throw VrssException.Invalid(field, text.Min == text.Max ? $"{field} must be {text.Min} characters" : $"{field} must be {text.Min}-{text.Max} characters", text.LengthCode);
                }

                if (text.Pattern is { } pattern && !Pattern(pattern).IsMatch(value))
                {
                    throw VrssException.Invalid(field, $"{field} does not have the required form", text.PatternCode);
                }
            }

            if (_id && !Social.InputIds.IsWellFormed(value))
            {
                throw VrssException.Invalid(field, $"{field} is not a valid id");
            }

            if (_values is { } values && !values.Values.Contains(value, StringComparer.Ordinal))
            {
                throw VrssException.Invalid(field, $"{field} must be one of {string.Join(", ", values.Values)}");
            }
        }

        private void CheckList(IList list, string field)
        {
            if (_items is { } items && list.Count > items.Max)
            {
                throw VrssException.Invalid(field, $"{field} may have at most {items.Max} entries");
            }

            if (!_nested)
            {
                return;
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is { } item)
                {
                    DeclaredRules.Check(item, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{field}[{i}]."));
                }
            }
        }
    }
}
