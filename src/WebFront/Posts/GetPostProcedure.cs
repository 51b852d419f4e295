using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.getById</c>: one post, if the caller (or an anonymous reader) may see it; 404 / 1303 otherwise.</summary>
internal sealed class GetPostProcedure() : RpcProcedure<PostIdInput, PostOutput>("post.getById", requiresSession: false)
{
    /// <inheritdoc />
    protected override void Validate(PostIdInput input)
    {
        InputIds.Require(input.PostId, "postId");
    }

    /// <inheritdoc />
    protected override async Task<PostOutput> ExecuteAsync(PostIdInput input, RpcContext context)
    {
        var post = await context.Grains.GetGrain<IPostGrain>(input.PostId!).GetAsync(context.Session?.UserId).ConfigureAwait(false);
        return new PostOutput(await OwnReactions.OneAsync(context, post).ConfigureAwait(false));
    }
}
