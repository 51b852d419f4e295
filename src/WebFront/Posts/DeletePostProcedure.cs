using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.delete</c>: deletes one of the caller's posts; it leaves every feed and list.</summary>
internal sealed class DeletePostProcedure() : RpcProcedure<PostIdInput, EmptyOutput>("post.delete", idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(PostIdInput input)
    {
        InputIds.Require(input.PostId, "postId");
    }

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(PostIdInput input, RpcContext context)
    {
        await context.Grains.GetGrain<IUserGrain>(context.UserId).DeletePostAsync(input.PostId!).ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
