using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Vrss.Runtime.Serialization;

/// <summary>
/// Carries exceptions across silos with their type, message and the values their richest constructor needs
/// (for example an error code and details), so a remote caller catches the same type it would locally. A type
/// the receiver cannot rebuild arrives as <see cref="RemoteException"/> with the original type name.
/// </summary>
internal sealed class ExceptionCodec(JsonCodec json)
{
    private static readonly ConcurrentDictionary<Type, ConstructorInfo?> s_constructors = new();

    public byte[] Serialize(Exception exception)
    {
        var type = exception.GetType();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", $"{type.FullName}, {type.Assembly.GetName().Name}");
            writer.WriteString("message", exception.Message);
            var constructor = s_constructors.GetOrAdd(type, FindConstructor);
            if (constructor is not null)
            {
                writer.WriteStartObject("args");
                foreach (var parameter in constructor.GetParameters())
                {
                    writer.WritePropertyName(parameter.Name!);
                    JsonSerializer.Serialize(writer, ReadProperty(exception, parameter), parameter.ParameterType, json.Options);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public Exception Deserialize(ReadOnlySpan<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8.ToArray());
        var root = document.RootElement;
        var typeName = root.GetProperty("type").GetString() ?? "";
        var message = root.GetProperty("message").GetString() ?? "";
        try
        {
            var type = Type.GetType(typeName, throwOnError: false);
            if (type is not null && typeof(Exception).IsAssignableFrom(type)
                && s_constructors.GetOrAdd(type, FindConstructor) is { } constructor
                && root.TryGetProperty("args", out var args))
            {
                var values = constructor.GetParameters()
                    .Select(p => args.TryGetProperty(p.Name!, out var value) ? value.Deserialize(p.ParameterType, json.Options) : null)
                    .ToArray();
                return (Exception)constructor.Invoke(values);
            }
        }
        catch (Exception exception) when (exception is JsonException or TargetInvocationException or NotSupportedException or ArgumentException)
        {
            // Fall through: the caller still learns the type name and message.
        }

        return new RemoteException(typeName, message);
    }

    // The public constructor with the most parameters that can all be read back from the exception's properties.
    private static ConstructorInfo? FindConstructor(Type type) =>
        type.GetConstructors()
            .Where(c => c.GetParameters().All(p => p.Name is not null && !typeof(Exception).IsAssignableFrom(p.ParameterType) && FindProperty(type, p) is not null))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();

    private static PropertyInfo? FindProperty(Type type, ParameterInfo parameter) =>
        type.GetProperty(char.ToUpperInvariant(parameter.Name![0]) + parameter.Name[1..], BindingFlags.Public | BindingFlags.Instance) is { CanRead: true } property
        && parameter.ParameterType.IsAssignableFrom(property.PropertyType)
            ? property
            : null;

    private static object? ReadProperty(Exception exception, ParameterInfo parameter)
    {
        var value = FindProperty(exception.GetType(), parameter)!.GetValue(exception);

        // ArgumentException.Message appends the parameter name, which its constructor would append again.
        if (parameter.Name == "message" && exception is ArgumentException { ParamName: { } name } && value is string message)
        {
            var suffix = $" (Parameter '{name}')";
            return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
        }

        return value;
    }
}
