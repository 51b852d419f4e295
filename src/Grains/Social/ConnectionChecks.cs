using Vrss.Grains.Data;

namespace Vrss.Grains.Social;

/// <summary>Checks and keys both connection repositories share.</summary>
internal static class ConnectionChecks
{
    public static void Pair(string fromUserId, string toUserId)
    {
        Guard.Id(fromUserId, nameof(fromUserId));
        Guard.Id(toUserId, nameof(toUserId));
        if (string.Equals(fromUserId, toUserId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A user cannot connect with themselves.", nameof(toUserId));
        }
    }

    /// <summary>The unordered pair as (lower, higher) in ordinal order, the order of the "C" collation in the database.</summary>
    public static (string Low, string High) Unordered(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
