using Microsoft.Extensions.Options;
using Vrss.Grains.Feeds;
using Vrss.Grains.HotReads;
using Vrss.Grains.Media;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;

namespace Vrss.Grains.Users;

/// <summary>What the User grain needs for the social graph, posts and profile media, injected as one.</summary>
public sealed class UserSocialServices(
    IFollowRepository follows,
    IFollowRequestRepository followRequests,
    IPostRepository posts,
    ICommentRepository comments,
    IConnectionRepository connections,
    IMediaRepository media,
    IPullAuthorRepository pullAuthors,
    FeedFanOut fanOut,
    PostViews views,
    MediaLinks mediaLinks,
    SocialEvents events,
    HotReadClient hotReads,
    HotReadCache hotCache,
    IOptions<FeedOptions> feedOptions)
{
    /// <summary>The follow graph.</summary>
    public IFollowRepository Follows => follows;

    /// <summary>Pending follow requests to users who approve their followers.</summary>
    public IFollowRequestRepository FollowRequests => followRequests;

    /// <summary>Posts.</summary>
    public IPostRepository Posts => posts;

    /// <summary>Comments.</summary>
    public ICommentRepository Comments => comments;

    /// <summary>Connection requests and connections.</summary>
    public IConnectionRepository Connections => connections;

    /// <summary>Media records (ownership and status of attachments, avatars and banners).</summary>
    public IMediaRepository Media => media;

    /// <summary>Authors merged into feeds at read time.</summary>
    public IPullAuthorRepository PullAuthors => pullAuthors;

    /// <summary>Delivery to active home feeds.</summary>
    public FeedFanOut FanOut => fanOut;

    /// <summary>User cards and post views.</summary>
    public PostViews Views => views;

    /// <summary>Media URLs.</summary>
    public MediaLinks MediaLinks => mediaLinks;

    /// <summary>The notification seam.</summary>
    public SocialEvents Events => events;

    /// <summary>Feed settings (the fan-out limit).</summary>
    public FeedOptions FeedOptions => feedOptions.Value;

    /// <summary>Announces card changes to every silo's hot reads.</summary>
    public HotReadClient HotReads => hotReads;

    /// <summary>This silo's suspended and leaving accounts.</summary>
    public HiddenAuthors HiddenAuthors => hotCache.HiddenAuthors;
}
