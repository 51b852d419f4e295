using System.Diagnostics.CodeAnalysis;
using System.Text;
using Vrss.GrainInterfaces.Errors;

namespace Vrss.WebFront.Rpc;

/// <summary>Checks for procedure inputs that throw the right <see cref="VrssException"/> with <c>details.field</c>.</summary>
public static class RpcValidation
{
    /// <summary>A field that must be present (400 / 1202 when null).</summary>
    public static T Required<T>([NotNull] T? value, string field)
        where T : class =>
        value ?? throw VrssException.Invalid(field, $"{field} is required", ErrorCode.MissingRequiredField);

    /// <summary>A required string of <paramref name="min"/> to <paramref name="max"/> characters (Unicode scalar values).</summary>
    public static string RequiredText([NotNull] string? value, string field, int min, int max)
    {
        Required(value, field);
        CheckLength(value, field, min, max);
        return value;
    }

    /// <summary>Checks an optional string's length when it is present.</summary>
    public static void OptionalText(string? value, string field, int min, int max)
    {
        if (value is not null)
        {
            CheckLength(value, field, min, max);
        }
    }

    /// <summary>The length in Unicode scalar values (a surrogate pair counts once; a lone surrogate once).</summary>
    public static int TextLength(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            length++;
        }

        return length;
    }

    /// <summary>Whether the text has control characters or unpaired surrogates (never wanted in names and secrets).</summary>
    public static bool HasUnsafeCharacters(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]) || (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done))
            {
                return true;
            }

            i += used - 1;
            _ = rune;
        }

        return false;
    }

    private static void CheckLength(string value, string field, int min, int max)
    {
        var length = TextLength(value);
        if (length < min || length > max)
        {
            throw VrssException.Invalid(field, min == max ? $"{field} must be {min} characters" : $"{field} must be {min}-{max} characters");
        }
    }
}
