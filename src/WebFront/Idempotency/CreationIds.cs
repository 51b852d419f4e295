using System.Security.Cryptography;
using System.Text;

namespace Vrss.WebFront.Idempotency;

/// <summary>
/// Ids of what a keyed call creates, derived from its key's seed (see <c>IdempotencyClaim.Seed</c>): every run of the
/// call while the key lives derives the same id, so a run repeated after a silo died mid-call finds what the first
/// run made. The seed is random per key, so the ids are as unguessable as random ones.
/// </summary>
public static class CreationIds
{
    /// <summary>The id for <paramref name="purpose"/> (<c>post</c>, <c>comment</c>) under <paramref name="seed"/>: 32 hex digits.</summary>
    public static string Derive(string seed, string purpose)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(purpose);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed + ":" + purpose));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
