using Vrss.WebFront.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Discovery;

/// <summary><c>discovery.getDiscoverFeed</c>: recent public posts ranked by recency and engagement.</summary>
internal sealed class GetDiscoverFeedProcedure() : RpcProcedure<PageInput, PageOutput<PostShape>>("discovery.getDiscoverFeed", requiresSession: false)
{
    /// <inheritdoc />
    protected override void Validate(PageInput input)
    {
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <inheritdoc />
    protected override async Task<PageOutput<PostShape>> ExecuteAsync(PageInput input, RpcContext context)
    {
        return await OwnReactions.PageAsync(context, await SocialQueries.Grain(context).GetDiscoverFeedAsync(context.Session?.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false)).ConfigureAwait(false);
    }
}
