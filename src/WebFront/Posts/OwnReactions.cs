using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary>
/// Adds the signed-in reader's own reaction (<c>myReaction</c>) to the posts a procedure answers with: one call to the
/// reader's <see cref="IOwnReactionsGrain"/> for the whole page (from memory once warm), none for an anonymous reader.
/// </summary>
internal static class OwnReactions
{
    /// <summary>The wire form of a page of posts for the caller.</summary>
    public static async Task<PageOutput<PostShape>> PageAsync(RpcContext context, Page<PostView> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return PostShape.Page(page, await LookUpAsync(context, [.. page.Items.Select(p => p.Id)]).ConfigureAwait(false));
    }

    /// <summary>The wire form of one post for the caller.</summary>
    public static async Task<PostShape> OneAsync(RpcContext context, PostView post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var mine = await LookUpAsync(context, [post.Id]).ConfigureAwait(false);
        return PostShape.From(post, mine is not null && mine.TryGetValue(post.Id, out var reaction) ? reaction : null);
    }

    private static async Task<IReadOnlyDictionary<string, ReactionType>?> LookUpAsync(RpcContext context, IReadOnlyCollection<string> postIds) =>
        context.Session?.UserId is not { } userId || postIds.Count == 0
            ? null
            : await context.Grains.GetGrain<IOwnReactionsGrain>(userId).GetAsync(postIds).ConfigureAwait(false);
}
