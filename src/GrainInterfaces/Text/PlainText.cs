using System.Text;
using Vrss.GrainInterfaces.Errors;

namespace Vrss.GrainInterfaces.Text;

/// <summary>
/// The rules for text users write (posts, comments, profiles, messages). Text is stored and returned as plain
/// text: HTML is kept literally and never interpreted, so nothing is stripped or rewritten; what is refused is
/// what no reader can display: C0 and C1 control characters (except tab, line feed and carriage return in
/// multi-line text), DEL, and unpaired surrogates. Lengths count Unicode scalar values, so an emoji is one.
/// Every check throws <see cref="VrssException"/> naming the field.
/// </summary>
public static class PlainText
{
    /// <summary>Checks text that must be present and not blank; returns it unchanged.</summary>
    public static string Required(string? value, string field, int maxLength, bool multiline)
    {
        if (value is null)
        {
            throw VrssException.Invalid(field, $"{field} is required", ErrorCode.MissingRequiredField);
        }

        Check(value, field, maxLength, multiline);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw VrssException.Invalid(field, $"{field} must not be empty");
        }

        return value;
    }

    /// <summary>Checks text that may be absent (null) or empty; returns it unchanged.</summary>
    public static string? Optional(string? value, string field, int maxLength, bool multiline)
    {
        if (value is not null)
        {
            Check(value, field, maxLength, multiline);
        }

        return value;
    }

    /// <summary>Checks an absolute <c>http</c> or <c>https</c> URL of at most <paramref name="maxLength"/> characters.</summary>
    public static string HttpUrl(string? value, string field, int maxLength)
    {
        var url = Required(value, field, maxLength, multiline: false).Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host) || url.Any(char.IsWhiteSpace))
        {
            throw VrssException.Invalid(field, $"{field} must be an http or https URL", ErrorCode.InvalidFormat);
        }

        return url;
    }

    /// <summary>The length in Unicode scalar values.</summary>
    public static int Length(string value)
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

    /// <summary>Whether the text holds only characters a reader can display (see the class remarks).</summary>
    public static bool IsDisplayable(string value, bool multiline)
    {
        ArgumentNullException.ThrowIfNull(value);
        var span = value.AsSpan();
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(span, out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            if (Rune.IsControl(rune) && !(multiline && rune.Value is '\t' or '\n' or '\r'))
            {
                return false;
            }

            span = span[used..];
        }

        return true;
    }

    private static void Check(string value, string field, int maxLength, bool multiline)
    {
        if (!IsDisplayable(value, multiline))
        {
            throw VrssException.Invalid(field, multiline
                ? $"{field} must not contain control characters other than tab and line breaks"
                : $"{field} must not contain control characters or line breaks");
        }

        if (Length(value) > maxLength)
        {
            throw VrssException.Invalid(field, $"{field} must be at most {maxLength} characters");
        }
    }
}
