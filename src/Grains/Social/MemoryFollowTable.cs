namespace Vrss.Grains.Social;

/// <summary>
/// The follow edges of the Memory provider, indexed both ways, and the pending follow requests (beside the edges, so
/// one gate covers accepting a request). Guard every access with <see cref="Gate"/>.
/// </summary>
internal sealed class MemoryFollowTable
{
    private static readonly Dictionary<string, DateTimeOffset> s_none = [];

    public Lock Gate { get; } = new();

    /// <summary>follower → (followee → since).</summary>
    public Dictionary<string, Dictionary<string, DateTimeOffset>> ByFollower { get; } = new(StringComparer.Ordinal);

    /// <summary>followee → (follower → since).</summary>
    public Dictionary<string, Dictionary<string, DateTimeOffset>> ByFollowee { get; } = new(StringComparer.Ordinal);

    /// <summary>target → (requester → asked at): pending follow requests.</summary>
    public Dictionary<string, Dictionary<string, DateTimeOffset>> RequestsByTarget { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the edge exists; the caller holds <see cref="Gate"/>.</summary>
    public bool Contains(string followerId, string followeeId) =>
        ByFollower.TryGetValue(followerId, out var followees) && followees.ContainsKey(followeeId);

    /// <summary>The inner map of <paramref name="userId"/>, created when missing; the caller holds <see cref="Gate"/>.</summary>
    public static Dictionary<string, DateTimeOffset> Ensure(Dictionary<string, Dictionary<string, DateTimeOffset>> index, string userId)
    {
        if (!index.TryGetValue(userId, out var edges))
        {
            edges = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            index[userId] = edges;
        }

        return edges;
    }

    public static IReadOnlyDictionary<string, DateTimeOffset> Of(Dictionary<string, Dictionary<string, DateTimeOffset>> index, string userId) =>
        index.TryGetValue(userId, out var edges) ? edges : s_none;
}
