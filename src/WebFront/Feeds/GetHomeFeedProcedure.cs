using Vrss.GrainInterfaces.Feeds;
using Vrss.WebFront.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Feeds;

/// <summary><c>feed.getHome</c>: the caller's posts and those of everyone they follow, newest first.</summary>
internal sealed class GetHomeFeedProcedure() : RpcProcedure<PageInput, PageOutput<PostShape>>("feed.getHome")
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
        var page = await context.Grains.GetGrain<IFeedGrain>(context.UserId).GetPageAsync(input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return await OwnReactions.PageAsync(context, page).ConfigureAwait(false);
    }
}
