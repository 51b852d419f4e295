using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.create</c>: a new post by the caller; 10 per minute per user.</summary>
internal sealed class CreatePostProcedure() : RpcProcedure<CreatePostInput, PostOutput>("post.create", rateLimitPolicy: RateLimitPolicies.PostCreate, idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(CreatePostInput input)
    {
        Draft(input);
    }

    /// <inheritdoc />
    protected override async Task<PostOutput> ExecuteAsync(CreatePostInput input, RpcContext context)
    {
        var post = await context.Grains.GetGrain<IUserGrain>(context.UserId).CreatePostAsync(Draft(input) with { PostId = context.CreationId("post") }).ConfigureAwait(false);
        return new PostOutput(PostShape.From(post));
    }

    private static PostDraft Draft(CreatePostInput input)
    {
        var type = PostTypes.Parse(input.Type);
        var content = PostRules.Content(input.Content, type);
        var mediaIds = input.MediaIds ?? [];
        if (mediaIds.Count > PostRules.MaxMedia)
        {
            throw VrssException.Invalid("mediaIds", $"mediaIds may name at most {PostRules.MaxMedia} media");
        }

        var ids = mediaIds.Select((id, i) => InputIds.Require(id, $"mediaIds[{i}]")).ToList();
        PostRules.MediaCount(type, ids.Count);
        return new PostDraft(type, content, ids, input.Visibility);
    }
}
