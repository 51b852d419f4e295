using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Vrss.Testing.EndToEnd;

/// <summary>An authenticator app for tests: RFC 6238 codes from a Base32 secret, written apart from the product's.</summary>
public static class TotpCodes
{
    /// <summary>The 6-digit code of <paramref name="base32Secret"/> at <paramref name="time"/>.</summary>
    public static string At(string base32Secret, DateTimeOffset time)
    {
        var key = FromBase32(base32Secret);
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, time.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[19] & 0xF;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
