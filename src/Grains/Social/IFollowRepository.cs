using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Social;

/// <summary>The follow graph: one edge per (follower, followee).</summary>
public interface IFollowRepository
{
    /// <summary>The largest batch <see cref="GetFollowerIdBatchAsync"/> returns.</summary>
    const int MaxFollowerBatch = 10_000;

    /// <summary>Adds the edge; true when it is new, false when it already existed (nothing changes then).</summary>
    /// <exception cref="ArgumentException">A user cannot follow themselves.</exception>
    Task<bool> FollowAsync(string followerId, string followeeId, DateTimeOffset at);

    /// <summary>Removes the edge; true when it existed.</summary>
    Task<bool> UnfollowAsync(string followerId, string followeeId);

    /// <summary>Whether <paramref name="followerId"/> follows <paramref name="followeeId"/>.</summary>
    Task<bool> IsFollowingAsync(string followerId, string followeeId);

    /// <summary>Which of <paramref name="candidateIds"/> (at most 1000) <paramref name="followerId"/> follows, for "isFollowing" on a page of user cards.</summary>
    Task<IReadOnlySet<string>> GetFollowedAmongAsync(string followerId, IReadOnlyCollection<string> candidateIds);

    /// <summary>The user's followers, newest follow first.</summary>
    Task<Page<FollowEdge>> GetFollowersAsync(string userId, string? cursor, int limit);

    /// <summary>The users this user follows, newest follow first.</summary>
    Task<Page<FollowEdge>> GetFollowingAsync(string userId, string? cursor, int limit);

    /// <summary>Counts both directions from the edges.</summary>
    Task<FollowCounts> CountAsync(string userId);

    /// <summary>
    /// One batch of the ids of every follower of <paramref name="userId"/>, oldest follow first, for fan-out to
    /// any number of followers without loading them at once. Start with a null cursor and pass each batch's
    /// <see cref="Page{T}.NextCursor"/> until it is null; follows made meanwhile land at the end, so they are seen.
    /// </summary>
    Task<Page<string>> GetFollowerIdBatchAsync(string userId, string? cursor, int batchSize);

    /// <summary>The ids of everyone <paramref name="userId"/> follows (for rebuilding a home feed), in no particular order.</summary>
    Task<IReadOnlyList<string>> GetFolloweeIdsAsync(string userId);
}
