using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Media;
using Vrss.Grains.Posts;

namespace Vrss.Grains.HotReads;

/// <summary>
/// What one silo holds so that hot reads (an active home feed, a post, the cards on them) need no query: posts,
/// users' cards and media records. Every write that changes one of them goes through its owner grain, which sends a
/// <see cref="HotReadChange"/> to every silo (<see cref="HotReadClient"/>) before it answers; so a read anywhere
/// after a write's answer sees the write. Who may see what is decided at read time by <see cref="PostReadRule"/>,
/// never cached per reader.
/// </summary>
public sealed class HotReadCache
{
    // Bounds the memory: about 1 KiB per post, 0.2 KiB per card or medium.
    private const int PostCapacity = 100_000;
    private const int CardCapacity = 100_000;
    private const int MediaCapacity = 50_000;

    internal HotCache<PostRecord> Posts { get; } = new(PostCapacity);

    internal HotCache<UserCard> Cards { get; } = new(CardCapacity);

    internal HotCache<MediaRecord> Media { get; } = new(MediaCapacity);

    /// <summary>Authors whose posts only they may see (suspended, or waiting for their purge).</summary>
    public HiddenAuthors HiddenAuthors { get; } = new();

    private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes once this silo knows every other silo sends it changes, and has dropped what it filled before
    /// (<see cref="HotReadService"/>).
    /// </summary>
    public Task Settled => _settled.Task;

    /// <summary>
    /// Drops what <paramref name="change"/> was about, so that the next read goes to the tables (a post, a card or a
    /// medium; the hidden authors are reloaded instead, by <see cref="HotReadService"/>).
    /// </summary>
    public void Forget(HotReadChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        switch (change.Kind)
        {
            case HotReadChangeKind.Post:
                Posts.Remove(change.Key);
                break;
            case HotReadChangeKind.Card:
                Cards.Remove(change.Key);
                break;
            case HotReadChangeKind.MediaRemoved:
                Media.Remove(change.Key);
                break;
        }
    }

    /// <summary>Drops every copy (the hidden authors are reloaded by the caller) and marks the silo settled.</summary>
    internal void Settle()
    {
        Posts.Clear();
        Cards.Clear();
        Media.Clear();
        _settled.TrySetResult();
    }

    /// <summary>Applies a change sent by an owner grain (here or on another silo).</summary>
    public void Apply(HotReadChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        switch (change.Kind)
        {
            case HotReadChangeKind.Post when change.Post is { } post:
                Posts.Set(change.Key, post);
                break;
            case HotReadChangeKind.Card when change.Card is { } card:
                Cards.Set(change.Key, card);
                break;
            case HotReadChangeKind.AuthorHidden:
            case HotReadChangeKind.AuthorShown:
                HiddenAuthors.Change(change.Key, change.Reason, change.Kind == HotReadChangeKind.AuthorHidden);
                break;
            default:
                // A post or card that is gone, a deleted medium: the same as dropping the copy.
                Forget(change);
                break;
        }
    }
}
