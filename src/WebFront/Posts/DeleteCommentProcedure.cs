using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.deleteComment</c>: allowed to the comment's author and the post's author.</summary>
internal sealed class DeleteCommentProcedure() : RpcProcedure<CommentIdInput, EmptyOutput>("post.deleteComment", idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(CommentIdInput input)
    {
        InputIds.Require(input.CommentId, "commentId");
    }

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(CommentIdInput input, RpcContext context)
    {
        await context.Grains.GetGrain<IUserGrain>(context.UserId).DeleteCommentAsync(input.CommentId!).ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
