using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Services;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Posts;

namespace Vrss.Grains.HotReads;

/// <summary>
/// Tells every active silo's <see cref="HotReadCache"/> about a write, and waits for all of them: the writer answers only
/// once no silo can serve the old value. The local silo applies it first, without a message. This is the one place
/// writes announce changes through; a new write path that changes a post, a card or a medium calls it. A silo that
/// does not answer in time, or joins meanwhile, is dealt with by <see cref="HotReadBroadcast"/>.
/// </summary>
public sealed class HotReadClient : GrainServiceClient<IHotReadService>
{
    private readonly HotReadCache _reads;
    private readonly HotReadBroadcast _broadcast;

    /// <summary>Creates the client (one per silo).</summary>
    public HotReadClient(
        IServiceProvider services,
        IClusterMembershipService membership,
        ILocalSiloDetails local,
        HotReadCache reads,
        IOptions<HotReadOptions> options,
        TimeProvider time,
        ILogger<HotReadClient> logger)
        : base(services)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(options);
        _reads = reads;
        _broadcast = new HotReadBroadcast(
            () => [.. membership.CurrentSnapshot.Members.Values
                .Where(m => m.Status == SiloStatus.Active && !m.SiloAddress.Equals(local.SiloAddress))
                .Select(m => m.SiloAddress)],
            (silo, change) => GetGrainService(silo).ApplyAsync(change),
            (silo, change) => GetGrainService(silo).RevalidateAsync(change),
            options.Value,
            time,
            logger);
    }

    /// <summary>The post as it is now (after a create, an edit, a visibility change, a reaction or comment), or null when deleted.</summary>
    public Task PostChangedAsync(string postId, PostRecord? post) => SendAsync(new HotReadChange(HotReadChangeKind.Post, postId, Post: post));

    /// <summary>
    /// A new post: kept on this silo only. No silo can hold an older copy of a post that did not exist, so the others
    /// read it on first need.
    /// </summary>
    public void PostCreated(PostRecord post)
    {
        ArgumentNullException.ThrowIfNull(post);
        _reads.Apply(new HotReadChange(HotReadChangeKind.Post, post.Id, Post: post));
    }

    /// <summary>The user's card as it is now (display name, avatar, username), or null when the account is gone.</summary>
    public Task CardChangedAsync(string userId, UserCard? card) => SendAsync(new HotReadChange(HotReadChangeKind.Card, userId, Card: card));

    /// <summary>
    /// The author is now hidden for <paramref name="reason"/> (a suspension, a pending deletion), or no longer; called
    /// by the reason's owner after its write.
    /// </summary>
    public Task AuthorHiddenAsync(string userId, HiddenReasons reason, bool hidden) =>
        SendAsync(new HotReadChange(hidden ? HotReadChangeKind.AuthorHidden : HotReadChangeKind.AuthorShown, userId, Reason: reason));

    /// <summary>
    /// The account is purged (its posts are gone): no silo hides it any more, whatever for. Called by the purge after
    /// its rows are deleted, so a silo's reload of its hidden authors cannot bring it back.
    /// </summary>
    public Task AuthorPurgedAsync(string userId) =>
        SendAsync(new HotReadChange(HotReadChangeKind.AuthorShown, userId, Reason: HiddenReasons.Suspended | HiddenReasons.PendingDeletion));

    /// <summary>A medium was deleted.</summary>
    public Task MediaRemovedAsync(string mediaId) => SendAsync(new HotReadChange(HotReadChangeKind.MediaRemoved, mediaId));

    /// <summary>Asks <paramref name="target"/> whether it sees <paramref name="joiner"/> active (<see cref="IHotReadService.SeesActiveAsync"/>).</summary>
    internal Task<bool> SeesActiveAsync(SiloAddress target, SiloAddress joiner, MembershipVersion version) =>
        GetGrainService(target).SeesActiveAsync(joiner, version);

    private Task SendAsync(HotReadChange change)
    {
        _reads.Apply(change);
        return _broadcast.SendAsync(change);
    }
}
