using System.Security.Cryptography;
using System.Text;

namespace Vrss.Grains.Users;

/// <summary>
/// Single-use recovery codes for two-factor sign-in: 80 random bits each, shown as <c>XXXX-XXXX-XXXX-XXXX</c>
/// (Base32). Only the SHA-256 of (user id, code) is stored: with 80 bits a fast hash cannot be reversed by guessing,
/// and the user id keeps a hash from matching in any other account.
/// </summary>
public static class RecoveryCodes
{
    /// <summary>How many codes a user gets at a time.</summary>
    public const int Count = 10;

    /// <summary>Fresh codes for <paramref name="userId"/> and the hashes to store.</summary>
    public static (IReadOnlyList<string> Codes, byte[][] Hashes) Create(string userId)
    {
        var codes = Enumerable.Range(0, Count)
            .Select(_ => string.Join('-', Base32.Encode(RandomNumberGenerator.GetBytes(10)).Chunk(4).Select(c => new string(c))))
            .ToList();
        return (codes, [.. codes.Select(code => Hash(userId, code))]);
    }

    /// <summary>
    /// Whether <paramref name="code"/> (case, spaces and dashes ignored) is one of <paramref name="hashes"/>; if so,
    /// <paramref name="remaining"/> is the hashes without it, so that it works once.
    /// </summary>
    public static bool TryRedeem(byte[][]? hashes, string userId, string code, out byte[][] remaining)
    {
        ArgumentNullException.ThrowIfNull(code);
        remaining = hashes ?? [];
        var hash = Hash(userId, code);
        var index = Array.FindIndex(remaining, h => CryptographicOperations.FixedTimeEquals(h, hash));
        if (index < 0)
        {
            return false;
        }

        remaining = [.. remaining[..index], .. remaining[(index + 1)..]];
        return true;
    }

    private static byte[] Hash(string userId, string code)
    {
        var normalized = new string([.. code.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant)]);
        return SHA256.HashData(Encoding.UTF8.GetBytes(userId + ":" + normalized));
    }
}
