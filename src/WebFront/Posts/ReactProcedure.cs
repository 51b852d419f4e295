using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.RateLimiting;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.react</c>: sets the caller's one reaction to a post (new or switched); 60 per minute per user.</summary>
public sealed class ReactProcedure : RpcProcedure<ReactInput, ReactOutput>
{
    /// <inheritdoc />
    public override string Name => "post.react";

    /// <inheritdoc />
    public override string? RateLimitPolicy => RateLimitPolicies.PostReact;

    /// <inheritdoc />
    protected override void Validate(ReactInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        InputIds.Require(input.PostId, "postId");
        if (input.Reaction is null)
        {
            throw VrssException.Invalid("reaction", "reaction is required (like, love, laugh, wow, sad, angry)", ErrorCode.MissingRequiredField);
        }
    }

    /// <inheritdoc />
    protected override async Task<ReactOutput> ExecuteAsync(ReactInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var summary = await context.Grains.GetGrain<IPostGrain>(input.PostId!).ReactAsync(context.UserId, input.Reaction!.Value).ConfigureAwait(false);
        return new ReactOutput(ReactionCountsShape.Of(summary.ReactionCounts), summary.MyReaction);
    }
}
