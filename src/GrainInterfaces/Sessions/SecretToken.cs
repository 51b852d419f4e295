using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Vrss.GrainInterfaces.Sessions;

/// <summary>
/// The format of session and emailed tokens: 256 bits from the CSPRNG as Base64url without padding. Only the
/// SHA-256 of a token is stored; its lower-case hex is the key of the token's grain.
/// </summary>
public static class SecretToken
{
    /// <summary>The length of a token's text.</summary>
    public const int Length = 43;

    /// <summary>A new token.</summary>
    public static string Create() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Whether <paramref name="token"/> has the shape of a token (anything else cannot be one).</summary>
    public static bool IsWellFormed([NotNullWhen(true)] string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The grain key of a token: lower-case hex of its SHA-256.</summary>
    public static string KeyOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
