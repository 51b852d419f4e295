using Orleans.Concurrency;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;

namespace Vrss.GrainInterfaces.Feeds;

/// <summary>
/// One user's home feed (keyed by the user id): the newest posts of the user and of everyone they follow. It
/// is a cache: on activation it rebuilds its timeline from the tables; while active it receives new posts by
/// fan-out (one batched message per silo); posts of very large accounts are merged in at read time. Every read
/// checks each post's deletion and visibility against the tables again.
/// </summary>
public interface IFeedGrain : IGrainWithStringKey
{
    /// <summary>One page, newest first; the cursor stays valid while new posts arrive.</summary>
    [ReadOnly]
    Task<Page<PostView>> GetPageAsync(string? cursor, int limit);

    /// <summary>
    /// Adds a post (fan-out); ignored when its author is not followed or it is already there. One-way: the author's
    /// post does not wait for thousands of feeds, and a feed that missed it rebuilds from the tables.
    /// </summary>
    [OneWay]
    Task AddPostAsync(FeedEntry entry);

    /// <summary>Removes a post (it was deleted or hidden). One-way, as <see cref="AddPostAsync"/>; reads re-check visibility anyway.</summary>
    [OneWay]
    Task RemovePostAsync(string postId);

    /// <summary>The user followed <paramref name="authorId"/>: merge their recent posts, or read them at read time when <paramref name="pulled"/>.</summary>
    Task FollowedAsync(string authorId, bool pulled);

    /// <summary>The user unfollowed <paramref name="authorId"/>: their posts leave the feed.</summary>
    Task UnfollowedAsync(string authorId);

    /// <summary>
    /// Throws the timeline away and reads it again from the tables, as on activation (operators repair a feed that
    /// missed one-way deliveries this way, without waiting for it to deactivate).
    /// </summary>
    Task RebuildAsync();

    /// <summary>A followed author switched between fan-out and read-time merging.</summary>
    Task AuthorModeChangedAsync(string authorId, bool pulled);
}
