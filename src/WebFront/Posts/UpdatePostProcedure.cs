using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Text;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.update</c>: edits content and/or visibility; author only (403 / 1100 otherwise).</summary>
internal sealed class UpdatePostProcedure() : RpcProcedure<UpdatePostInput, PostOutput>("post.update", idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(UpdatePostInput input)
    {
        InputIds.Require(input.PostId, "postId");
        if (input.Content is null && input.Visibility is null)
        {
            throw VrssException.Invalid("content", "give content and/or visibility to change", ErrorCode.MissingRequiredField);
        }

        // The length rule depends on the post's type, which the Post grain checks; the characters are checked here.
        PlainText.Optional(input.Content, "content", PostRules.LongTextMaxLength, multiline: true);
    }

    /// <inheritdoc />
    protected override async Task<PostOutput> ExecuteAsync(UpdatePostInput input, RpcContext context)
    {
        var post = await context.Grains.GetGrain<IPostGrain>(input.PostId!).UpdateAsync(context.UserId, input.Content, input.Visibility).ConfigureAwait(false);
        return new PostOutput(await OwnReactions.OneAsync(context, post).ConfigureAwait(false));
    }
}
