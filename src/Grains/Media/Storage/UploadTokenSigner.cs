using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Vrss.Grains.Media.Storage;

/// <summary>Signs and verifies <see cref="UploadToken"/>s with HMAC-SHA256: <c>base64url(json).base64url(mac)</c>.</summary>
public sealed class UploadTokenSigner(byte[] key, TimeProvider time)
{
    /// <summary>Signs a token.</summary>
    public string Sign(UploadToken token)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(token);
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, payload))}";
    }

    /// <summary>The token if the signature is right; <paramref name="expired"/> tells an expired one apart.</summary>
    public UploadToken? Verify(string text, out bool expired)
    {
        expired = false;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(text.AsSpan(0, dot));
            var mac = Base64Url.DecodeFromChars(text.AsSpan(dot + 1));
            if (!CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(key, payload)))
            {
                return null;
            }

            var token = JsonSerializer.Deserialize<UploadToken>(payload);
            expired = token is not null && time.GetUtcNow().ToUnixTimeSeconds() > token.ExpiresAt;
            return token;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }
}
