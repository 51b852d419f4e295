using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.getComments</c>: a post's comments, oldest first, if the caller may see the post.</summary>
public sealed class GetCommentsProcedure : RpcProcedure<PostPageInput, PageOutput<CommentShape>>
{
    /// <inheritdoc />
    public override string Name => "post.getComments";

    /// <inheritdoc />
    public override bool RequiresSession => false;

    /// <inheritdoc />
    protected override void Validate(PostPageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        InputIds.Require(input.PostId, "postId");
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <inheritdoc />
    protected override async Task<PageOutput<CommentShape>> ExecuteAsync(PostPageInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.Grains.GetGrain<IPostGrain>(input.PostId!)
            .GetCommentsAsync(context.Session?.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<CommentShape>([.. page.Items.Select(CommentShape.From)], page.NextCursor);
    }
}
