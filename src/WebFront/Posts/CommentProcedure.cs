using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.comment</c>: comments on a post the caller may see; 60 per minute per user.</summary>
internal sealed class CommentProcedure() : RpcProcedure<CommentInput, CommentOutput>("post.comment", rateLimitPolicy: RateLimitPolicies.PostComment, idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(CommentInput input)
    {
        InputIds.Require(input.PostId, "postId");
        PostRules.Comment(input.Content);
    }

    /// <inheritdoc />
    protected override async Task<CommentOutput> ExecuteAsync(CommentInput input, RpcContext context)
    {
        var comment = await context.Grains.GetGrain<IPostGrain>(input.PostId!).CommentAsync(context.UserId, input.Content!, context.CreationId("comment")).ConfigureAwait(false);
        return new CommentOutput(CommentShape.From(comment));
    }
}
