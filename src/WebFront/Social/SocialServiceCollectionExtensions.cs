using Microsoft.Extensions.DependencyInjection;
using Vrss.WebFront.Discovery;
using Vrss.WebFront.Feeds;
using Vrss.WebFront.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Users;

namespace Vrss.WebFront.Social;

/// <summary>Registers the <c>user.*</c>, <c>settings.*</c>, <c>post.*</c>, <c>social.*</c>, <c>feed.*</c> and <c>discovery.*</c> procedures.</summary>
public static class SocialServiceCollectionExtensions
{
    /// <summary>Adds every procedure of the social graph and feeds.</summary>
    public static IServiceCollection AddSocialProcedures(this IServiceCollection services) => services
        .AddRpcProcedure<GetProfileProcedure>()
        .AddRpcProcedure<UpdateProfileProcedure>()
        .AddRpcProcedure<GetSettingsProcedure>()
        .AddRpcProcedure<UpdatePrivacyProcedure>()
        .AddRpcProcedure<CreatePostProcedure>()
        .AddRpcProcedure<GetPostProcedure>()
        .AddRpcProcedure<UpdatePostProcedure>()
        .AddRpcProcedure<DeletePostProcedure>()
        .AddRpcProcedure<GetPostsByUserProcedure>()
        .AddRpcProcedure<ReactProcedure>()
        .AddRpcProcedure<UnreactProcedure>()
        .AddRpcProcedure<CommentProcedure>()
        .AddRpcProcedure<GetCommentsProcedure>()
        .AddRpcProcedure<DeleteCommentProcedure>()
        .AddRpcProcedure<UpdateCommentProcedure>()
        .AddRpcProcedure<FollowProcedure>()
        .AddRpcProcedure<UnfollowProcedure>()
        .AddRpcProcedure<GetFollowersProcedure>()
        .AddRpcProcedure<GetFollowingProcedure>()
        .AddRpcProcedure<GetFollowRequestsProcedure>()
        .AddRpcProcedure<RespondFollowRequestProcedure>()
        .AddRpcProcedure<RequestConnectionProcedure>()
        .AddRpcProcedure<RespondConnectionProcedure>()
        .AddRpcProcedure<GetConnectionsProcedure>()
        .AddRpcProcedure<GetConnectionRequestsProcedure>()
        .AddRpcProcedure<GetOutgoingConnectionRequestsProcedure>()
        .AddRpcProcedure<CancelConnectionRequestProcedure>()
        .AddRpcProcedure<RemoveConnectionProcedure>()
        .AddRpcProcedure<GetHomeFeedProcedure>()
        .AddRpcProcedure<GetDiscoverFeedProcedure>()
        .AddRpcProcedure<SearchUsersProcedure>()
        .AddRpcProcedure<SearchPostsProcedure>();
}
