using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.unreact</c>: removes the caller's reaction, if any.</summary>
internal sealed class UnreactProcedure() : RpcProcedure<PostIdInput, UnreactOutput>("post.unreact", idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(PostIdInput input)
    {
        InputIds.Require(input.PostId, "postId");
    }

    /// <inheritdoc />
    protected override async Task<UnreactOutput> ExecuteAsync(PostIdInput input, RpcContext context)
    {
        var summary = await context.Grains.GetGrain<IPostGrain>(input.PostId!).UnreactAsync(context.UserId).ConfigureAwait(false);
        return new UnreactOutput(ReactionCountsShape.Of(summary.ReactionCounts));
    }
}
