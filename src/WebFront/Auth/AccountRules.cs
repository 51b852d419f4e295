using Vrss.GrainInterfaces.Errors;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>API.md's rules for usernames, emails, passwords and display names.</summary>
public static class AccountRules
{
    /// <summary>The longest display name.</summary>
    public const int DisplayNameMaxLength = 50;

    /// <summary>Checks a username (3-30 of <c>[a-z0-9_]</c>, any case) and returns it in lower case.</summary>
    public static string Username(string? value, string field = "username")
    {
        RpcValidation.Required(value, field);
        if (value.Length is < 3 or > 30)
        {
            throw VrssException.Invalid(field, $"{field} must be 3-30 characters");
        }

        if (!value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw VrssException.Invalid(field, $"{field} may contain only letters a-z, digits and _", ErrorCode.InvalidFormat);
        }

        return value.ToLowerInvariant();
    }

    /// <summary>Checks an email address (a plain <c>local@domain.tld</c>, at most 254 characters) and returns it trimmed.</summary>
    public static string Email(string? value, string field = "email")
    {
        RpcValidation.Required(value, field);
        var email = value.Trim();
        if (!IsEmail(email))
        {
            throw VrssException.Invalid(field, $"{field} is not a valid email address", ErrorCode.InvalidFormat);
        }

        return email;
    }

    /// <summary>Checks a new password: 12-128 characters, at least 3 of lower case, upper case, digit, symbol.</summary>
    public static string Password(string? value, string field = "password")
    {
        RpcValidation.Required(value, field);
        var length = RpcValidation.TextLength(value);
        if (length is < 12 or > 128)
        {
            throw VrssException.Invalid(field, $"{field} must be 12-128 characters");
        }

        if (RpcValidation.HasUnsafeCharacters(value))
        {
            throw VrssException.Invalid(field, $"{field} must not contain control characters");
        }

        bool lower = false, upper = false, digit = false, symbol = false;
        foreach (var c in value)
        {
            if (char.IsLower(c))
            {
                lower = true;
            }
            else if (char.IsUpper(c))
            {
                upper = true;
            }
            else if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (!char.IsLetter(c))
            {
                symbol = true;
            }
        }

        if ((lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0) < 3)
        {
            throw VrssException.Invalid(field, $"{field} must contain at least 3 of: lower-case letter, upper-case letter, digit, symbol");
        }

        return value;
    }

    /// <summary>Checks an optional display name (1-50 characters, no control characters) and returns it trimmed, or null.</summary>
    public static string? DisplayName(string? value, string field = "displayName")
    {
        if (value is null)
        {
            return null;
        }

        var name = value.Trim();
        RpcValidation.RequiredText(name, field, 1, DisplayNameMaxLength);
        if (RpcValidation.HasUnsafeCharacters(name))
        {
            throw VrssException.Invalid(field, $"{field} must not contain control characters");
        }

        if (HasInvisibleFormatting(name))
        {
            throw VrssException.Invalid(field, $"{field} must not contain invisible or text-direction characters", ErrorCode.InvalidFormat);
        }

        return name;
    }

    /// <summary>
    /// Whether a name holds characters that let it look like another: bidirectional overrides, embeddings, isolates
    /// and marks reorder what is shown, and zero-width or blank-looking ones make two different names display alike.
    /// A zero-width joiner between two emoji is allowed: it is how family and profession emoji are written.
    /// </summary>
    public static bool HasInvisibleFormatting(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\u200D' && i > 0 && i < value.Length - 1 && EndsEmoji(value[i - 1]) && StartsEmoji(value[i + 1]))
            {
                continue;
            }

            if (c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
                or (>= '\u200B' and <= '\u200D') or '\u2060' or '\u180E' or '\uFEFF' or '\u00AD' or '\u034F' or '\u3164' or '\u115F' or '\u1160')
            {
                return true;
            }
        }

        return false;

        // Emoji outside the BMP are surrogate pairs; the BMP ones joined in sequences are symbols such as U+2640 and U+2764.
        static bool EndsEmoji(char c) => char.IsLowSurrogate(c) || c == '\uFE0F' || c is >= '\u2600' and <= '\u27BF';
        static bool StartsEmoji(char c) => char.IsHighSurrogate(c) || c is >= '\u2600' and <= '\u27BF';
    }

    /// <summary>Checks a 6-digit TOTP code.</summary>
    public static string TotpCode(string? value, string field = "code")
    {
        RpcValidation.Required(value, field);
        if (value.Length != 6 || !value.All(char.IsAsciiDigit))
        {
            throw VrssException.Invalid(field, $"{field} must be 6 digits", ErrorCode.InvalidFormat);
        }

        return value;
    }

    /// <summary>
    /// Checks a second factor given as either a TOTP code (field <paramref name="codeField"/>) or a recovery code
    /// (field <c>recoveryCode</c>, at most 64 characters), never both; one of them when <paramref name="required"/>.
    /// </summary>
    public static void SecondFactorCode(string? code, string? recoveryCode, string codeField, bool required)
    {
        if (code is not null && recoveryCode is not null)
        {
            throw VrssException.Invalid("recoveryCode", $"give {codeField} or recoveryCode, not both");
        }

        if (code is not null)
        {
            TotpCode(code, codeField);
        }
        else if (recoveryCode is not null)
        {
            RpcValidation.RequiredText(recoveryCode, "recoveryCode", 1, 64);
        }
        else if (required)
        {
            RpcValidation.Required(code, codeField);
        }
    }

    private static bool IsEmail(string email)
    {
        if (email.Length is < 3 or > 254)
        {
            return false;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at < 1 || at != email.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        var domain = email[(at + 1)..];
        if (domain.Length < 3 || !domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.')
            || domain.Contains("..", StringComparison.Ordinal) || email[..at].Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in email)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || "<>()[]\\,;:\"".Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return domain.All(c => char.IsLetterOrDigit(c) || c is '-' or '.');
    }
}
