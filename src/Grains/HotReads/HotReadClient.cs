using Orleans.Runtime.Services;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Posts;

namespace Vrss.Grains.HotReads;

/// <summary>
/// Tells every active silo's <see cref="HotReadCache"/> about a write, and waits for all of them: the writer answers only
/// once no silo can serve the old value. The local silo applies it first, without a message. This is the one place
/// writes announce changes through; a new write path that changes a post, a card or a medium calls it.
/// </summary>
public sealed class HotReadClient(IServiceProvider services, IClusterMembershipService membership, ILocalSiloDetails local, HotReadCache reads)
    : GrainServiceClient<IHotReadService>(services)
{
    /// <summary>The post as it is now (after a create, an edit, a visibility change, a reaction or comment), or null when deleted.</summary>
    public Task PostChangedAsync(string postId, PostRecord? post) => SendAsync(new HotReadChange(HotReadChangeKind.Post, postId, Post: post));

    /// <summary>
    /// A new post: kept on this silo only. No silo can hold an older copy of a post that did not exist, so the others
    /// read it on first need.
    /// </summary>
    public void PostCreated(PostRecord post)
    {
        ArgumentNullException.ThrowIfNull(post);
        reads.Apply(new HotReadChange(HotReadChangeKind.Post, post.Id, Post: post));
    }

    /// <summary>The user's card as it is now (display name, avatar, username), or null when the account is gone.</summary>
    public Task CardChangedAsync(string userId, UserCard? card) => SendAsync(new HotReadChange(HotReadChangeKind.Card, userId, Card: card));

    /// <summary>
    /// The author is now hidden for <paramref name="reason"/> (a suspension, a pending deletion), or no longer; called
    /// by the reason's owner after its write.
    /// </summary>
    public Task AuthorHiddenAsync(string userId, HiddenReasons reason, bool hidden) =>
        SendAsync(new HotReadChange(hidden ? HotReadChangeKind.AuthorHidden : HotReadChangeKind.AuthorShown, userId, Reason: reason));

    /// <summary>A medium was deleted.</summary>
    public Task MediaRemovedAsync(string mediaId) => SendAsync(new HotReadChange(HotReadChangeKind.MediaRemoved, mediaId));

    private async Task SendAsync(HotReadChange change)
    {
        reads.Apply(change);
        var others = membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Active && !m.SiloAddress.Equals(local.SiloAddress))
            .Select(m => SendToAsync(GetGrainService(m.SiloAddress), change))
            .ToList();
        await Task.WhenAll(others).ConfigureAwait(false);
    }

    private static async Task SendToAsync(IHotReadService service, HotReadChange change)
    {
        try
        {
            await service.ApplyAsync(change).ConfigureAwait(false);
        }
        catch (SiloUnavailableException)
        {
            // A silo that died took its copies with it.
        }
    }
}
