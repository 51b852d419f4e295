using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.react</c>: sets the caller's one reaction to a post (new or switched); 60 per minute per user.</summary>
internal sealed class ReactProcedure() : RpcProcedure<ReactInput, ReactOutput>("post.react", rateLimitPolicy: RateLimitPolicies.PostReact, idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(ReactInput input)
    {
        InputIds.Require(input.PostId, "postId");
        if (input.Reaction is null)
        {
            throw VrssException.Invalid("reaction", "reaction is required (like, love, laugh, wow, sad, angry)", ErrorCode.MissingRequiredField);
        }
    }

    /// <inheritdoc />
    protected override async Task<ReactOutput> ExecuteAsync(ReactInput input, RpcContext context)
    {
        var summary = await context.Grains.GetGrain<IPostGrain>(input.PostId!).ReactAsync(context.UserId, input.Reaction!.Value).ConfigureAwait(false);
        return new ReactOutput(ReactionCountsShape.Of(summary.ReactionCounts), summary.MyReaction);
    }
}
