using Orleans.Concurrency;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Social;

/// <summary>
/// Reads of the social tables that need no grain's state: lists, search and discovery. It holds no state and
/// runs requests concurrently, so any number of activations (keys <c>"0"</c>..<c>"n"</c>, spread over the silos)
/// serve the same answers. Every post it returns passed the visibility check for the reader.
/// </summary>
public interface ISocialQueryGrain : IGrainWithStringKey
{
    /// <summary>The card of the user with this id, or null when there is none.</summary>
    [ReadOnly]
    Task<UserCard?> FindUserAsync(string userId);

    /// <summary>
    /// The user's followers, newest follow first. The lists are part of the profile: <c>Forbidden</c> when its
    /// visibility hides the full profile from the viewer (a <c>followers</c> profile from non-followers, a
    /// <c>private</c> one from everyone but its owner).
    /// </summary>
    [ReadOnly]
    Task<Page<UserListEntry>> GetFollowersAsync(string userId, string? viewerId, string? cursor, int limit);

    /// <summary>The users the user follows, newest follow first; hidden like <see cref="GetFollowersAsync"/>.</summary>
    [ReadOnly]
    Task<Page<UserListEntry>> GetFollowingAsync(string userId, string? viewerId, string? cursor, int limit);

    /// <summary>The pending follow requests addressed to the user, newest first.</summary>
    [ReadOnly]
    Task<Page<FollowRequestView>> GetFollowRequestsAsync(string userId, string? cursor, int limit);

    /// <summary>The user's connections, newest first.</summary>
    [ReadOnly]
    Task<Page<UserListEntry>> GetConnectionsAsync(string userId, string? cursor, int limit);

    /// <summary>The pending connection requests addressed to the user, newest first.</summary>
    [ReadOnly]
    Task<Page<ConnectionRequestView>> GetConnectionRequestsAsync(string userId, string? cursor, int limit);

    /// <summary>The pending connection requests the user sent, newest first.</summary>
    [ReadOnly]
    Task<Page<ConnectionRequestView>> GetOutgoingConnectionRequestsAsync(string userId, string? cursor, int limit);

    /// <summary>
    /// The author's posts that the reader may see, newest first: <c>UserNotFound</c> when the author blocks the reader,
    /// an empty page when the reader blocks the author.
    /// </summary>
    [ReadOnly]
    Task<Page<PostView>> GetPostsByAuthorAsync(string authorId, string? readerId, string? cursor, int limit);

    /// <summary>
    /// Recent public posts ranked by recency and engagement, without those of users the viewer blocks, is blocked by or
    /// mutes (a page may then hold fewer than <paramref name="limit"/> posts).
    /// </summary>
    [ReadOnly]
    Task<Page<PostView>> GetDiscoverFeedAsync(string? viewerId, string? cursor, int limit);

    /// <summary>Posts the reader may see that contain every word of the query, newest first; hidden authors' posts are left out as in discovery.</summary>
    [ReadOnly]
    Task<Page<PostView>> SearchPostsAsync(string query, string? readerId, string? cursor, int limit);

    /// <summary>Users whose username starts with the query or whose display name matches it, best first, without those blocked either way.</summary>
    [ReadOnly]
    Task<IReadOnlyList<UserListEntry>> SearchUsersAsync(string query, string? viewerId, int limit);
}
