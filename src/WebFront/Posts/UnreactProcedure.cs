using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.unreact</c>: removes the caller's reaction, if any.</summary>
public sealed class UnreactProcedure : RpcProcedure<PostIdInput, UnreactOutput>
{
    /// <inheritdoc />
    public override string Name => "post.unreact";

    /// <inheritdoc />
    protected override void Validate(PostIdInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        InputIds.Require(input.PostId, "postId");
    }

    /// <inheritdoc />
    protected override async Task<UnreactOutput> ExecuteAsync(PostIdInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var summary = await context.Grains.GetGrain<IPostGrain>(input.PostId!).UnreactAsync(context.UserId).ConfigureAwait(false);
        return new UnreactOutput(ReactionCountsShape.Of(summary.ReactionCounts));
    }
}
