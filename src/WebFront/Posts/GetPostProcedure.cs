using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.getById</c>: one post, if the caller (or an anonymous reader) may see it; 404 / 1303 otherwise.</summary>
public sealed class GetPostProcedure : RpcProcedure<PostIdInput, PostOutput>
{
    /// <inheritdoc />
    public override string Name => "post.getById";

    /// <inheritdoc />
    public override bool RequiresSession => false;

    /// <inheritdoc />
    protected override void Validate(PostIdInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        InputIds.Require(input.PostId, "postId");
    }

    /// <inheritdoc />
    protected override async Task<PostOutput> ExecuteAsync(PostIdInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var post = await context.Grains.GetGrain<IPostGrain>(input.PostId!).GetAsync(context.Session?.UserId).ConfigureAwait(false);
        return new PostOutput(PostShape.From(post));
    }
}
