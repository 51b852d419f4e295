using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.getComments</c>: a post's comments, oldest first, if the caller may see the post.</summary>
internal sealed class GetCommentsProcedure() : RpcProcedure<PostPageInput, PageOutput<CommentShape>>("post.getComments", requiresSession: false)
{
    /// <inheritdoc />
    protected override void Validate(PostPageInput input)
    {
        InputIds.Require(input.PostId, "postId");
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <inheritdoc />
    protected override async Task<PageOutput<CommentShape>> ExecuteAsync(PostPageInput input, RpcContext context)
    {
        var page = await context.Grains.GetGrain<IPostGrain>(input.PostId!)
            .GetCommentsAsync(context.Session?.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<CommentShape>([.. page.Items.Select(CommentShape.From)], page.NextCursor);
    }
}
