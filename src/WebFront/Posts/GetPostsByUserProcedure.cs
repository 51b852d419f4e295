using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.getByUser</c>: a user's posts that the caller may see, newest first.</summary>
internal sealed class GetPostsByUserProcedure() : RpcProcedure<UserPageInput, PageOutput<PostShape>>("post.getByUser", requiresSession: false)
{
    /// <inheritdoc />
    protected override void Validate(UserPageInput input)
    {
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <inheritdoc />
    protected override async Task<PageOutput<PostShape>> ExecuteAsync(UserPageInput input, RpcContext context)
    {
        var authorId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        var page = await SocialQueries.Grain(context)
            .GetPostsByAuthorAsync(authorId, context.Session?.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return await OwnReactions.PageAsync(context, page).ConfigureAwait(false);
    }
}
