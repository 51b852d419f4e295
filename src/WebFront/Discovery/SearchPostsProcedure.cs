using Vrss.WebFront.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Discovery;

/// <summary>
/// <c>discovery.searchPosts</c>: posts the caller may see that contain every word of the query (PostgreSQL
/// full-text search; quoted phrases, <c>or</c> and <c>-word</c> work there), newest first.
/// </summary>
internal sealed class SearchPostsProcedure() : RpcProcedure<SearchPostsInput, PageOutput<PostShape>>("discovery.searchPosts", requiresSession: false)
{
    /// <inheritdoc />
    protected override void Validate(SearchPostsInput input)
    {
        SearchQuery.Check(input.Query);
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <inheritdoc />
    protected override async Task<PageOutput<PostShape>> ExecuteAsync(SearchPostsInput input, RpcContext context)
    {
        var page = await SocialQueries.Grain(context)
            .SearchPostsAsync(SearchQuery.Check(input.Query), context.Session?.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return await OwnReactions.PageAsync(context, page).ConfigureAwait(false);
    }
}
