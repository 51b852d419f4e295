using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.updateComment</c>: the comment's author replaces its text; <c>editedAt</c> records when. Limited like <c>post.comment</c>.</summary>
internal sealed class UpdateCommentProcedure()
    : RpcProcedure<UpdateCommentInput, CommentOutput>("post.updateComment", rateLimitPolicy: RateLimitPolicies.PostComment, idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(UpdateCommentInput input)
    {
        InputIds.Require(input.CommentId, "commentId");
        PostRules.Comment(input.Content);
    }

    /// <inheritdoc />
    protected override async Task<CommentOutput> ExecuteAsync(UpdateCommentInput input, RpcContext context)
    {
        var comment = await context.Grains.GetGrain<ICommentsGrain>(0).UpdateAsync(context.UserId, input.CommentId!, input.Content!).ConfigureAwait(false);
        return new CommentOutput(CommentShape.From(comment));
    }
}
