using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Delivery;

/// <summary>
/// One change fanned out to many users' active feeds (and, for posts, their active event logs). A closed set of
/// kinds rather than arbitrary calls, so the message is small, versionable and cannot invoke anything else.
/// </summary>
/// <param name="Kind">What changed.</param>
/// <param name="Entry">The new post's entry (<see cref="FeedChangeKind.PostAdded"/>).</param>
/// <param name="PostId">The post that left (<see cref="FeedChangeKind.PostRemoved"/>).</param>
/// <param name="AuthorId">The author followed, unfollowed or switched between push and pull.</param>
/// <param name="Pulled">Whether that author is now merged at read time.</param>
/// <param name="Live">The post to show on live streams (<c>feed.update</c>), or null when the new post is not shown live.</param>
[GenerateSerializer, Immutable]
public sealed record FeedChange(
    FeedChangeKind Kind,
    FeedEntry? Entry = null,
    string? PostId = null,
    string? AuthorId = null,
    bool Pulled = false,
    PostView? Live = null)
{
    /// <summary>Whether active event logs hear of it: a post shown live, or any removal (<c>post.delete</c>).</summary>
    public bool ReachesLiveStreams => Kind == FeedChangeKind.PostRemoved || Live is not null;
}
