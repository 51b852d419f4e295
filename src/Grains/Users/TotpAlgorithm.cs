using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Vrss.Grains.Users;

/// <summary>Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, 6 digits.</summary>
public static class TotpAlgorithm
{
    /// <summary>The step length.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>The number of digits of a code.</summary>
    public const int Digits = 6;

    /// <summary>The step number at <paramref name="time"/>.</summary>
    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    /// <summary>The code of <paramref name="step"/> with <paramref name="digits"/> digits.</summary>
    public static string Compute(byte[] secret, long step, int digits = Digits)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFF_FFFF) % Pow10(digits);
        return binary.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// Finds the step within <paramref name="drift"/> steps of <paramref name="now"/> whose code is
    /// <paramref name="code"/> and that is later than <paramref name="lastUsedStep"/> (so no code works twice).
    /// </summary>
    public static bool TryMatch(byte[] secret, string code, DateTimeOffset now, int drift, long lastUsedStep, out long matchedStep)
    {
        ArgumentNullException.ThrowIfNull(code);
        var current = StepAt(now);
        var expected = System.Text.Encoding.ASCII.GetBytes(code);
        for (var step = current - drift; step <= current + drift; step++)
        {
            if (step <= lastUsedStep)
            {
                continue;
            }

            var candidate = System.Text.Encoding.ASCII.GetBytes(Compute(secret, step));
            if (CryptographicOperations.FixedTimeEquals(candidate, expected))
            {
                matchedStep = step;
                return true;
            }
        }

        matchedStep = 0;
        return false;
    }

    private static int Pow10(int digits)
    {
        var value = 1;
        for (var i = 0; i < digits; i++)
        {
            value *= 10;
        }

        return value;
    }
}
