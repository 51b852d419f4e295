using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.RateLimiting;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.comment</c>: comments on a post the caller may see; 60 per minute per user.</summary>
public sealed class CommentProcedure : RpcProcedure<CommentInput, CommentOutput>
{
    /// <inheritdoc />
    public override string Name => "post.comment";

    /// <inheritdoc />
    public override string? RateLimitPolicy => RateLimitPolicies.PostComment;

    /// <inheritdoc />
    protected override void Validate(CommentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        InputIds.Require(input.PostId, "postId");
        PostRules.Comment(input.Content);
    }

    /// <inheritdoc />
    protected override async Task<CommentOutput> ExecuteAsync(CommentInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var comment = await context.Grains.GetGrain<IPostGrain>(input.PostId!).CommentAsync(context.UserId, input.Content!).ConfigureAwait(false);
        return new CommentOutput(CommentShape.From(comment));
    }
}
