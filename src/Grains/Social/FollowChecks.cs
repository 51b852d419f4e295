using Vrss.Grains.Data;

namespace Vrss.Grains.Social;

/// <summary>Checks both follow repositories make before storing an edge.</summary>
internal static class FollowChecks
{
    public static void Pair(string followerId, string followeeId)
    {
        Guard.Id(followerId, nameof(followerId));
        Guard.Id(followeeId, nameof(followeeId));
        if (string.Equals(followerId, followeeId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A user cannot follow themselves.", nameof(followeeId));
        }
    }
}
