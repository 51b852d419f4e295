using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;

namespace Vrss.Grains.Posts;

/// <summary>
/// Posts, comments and reactions of the Memory provider, under one <see cref="Gate"/> because adding a comment
/// or a reaction also changes the post's counters (one statement in Postgres). When the follow table is also
/// needed (visibility), take this gate first, then the follow table's, then the connection tables'.
/// </summary>
internal sealed class MemoryPostTables
{
    private static readonly IComparer<(DateTimeOffset At, string Id)> s_byTimeThenId = Comparer<(DateTimeOffset At, string Id)>.Create(
        static (a, b) => MemoryKeyset.Compare(a.At, a.Id, b.At, b.Id));

    public Lock Gate { get; } = new();

    public Dictionary<string, StoredPost> Posts { get; } = new(StringComparer.Ordinal);

    /// <summary>Each author's post keys in (time, id) order: the author index of the Postgres schema.</summary>
    public Dictionary<string, SortedSet<(DateTimeOffset At, string Id)>> ByAuthor { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CommentRecord> Comments { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string PostId, string UserId), ReactionType> Reactions { get; } = [];

    /// <summary>Stores a new post and indexes it by author; false when the id is taken. The caller holds <see cref="Gate"/>.</summary>
    public bool Add(PostRecord post)
    {
        if (!Posts.TryAdd(post.Id, new StoredPost(post, null)))
        {
            return false;
        }

        if (!ByAuthor.TryGetValue(post.AuthorId, out var keys))
        {
            keys = new SortedSet<(DateTimeOffset At, string Id)>(s_byTimeThenId);
            ByAuthor[post.AuthorId] = keys;
        }

        keys.Add((post.CreatedAt, post.Id));
        return true;
    }

    /// <summary>The author's posts strictly before <paramref name="before"/>, newest first (deleted ones included). The caller holds <see cref="Gate"/>.</summary>
    public IEnumerable<StoredPost> OfAuthorBefore(string authorId, TimeCursor before)
    {
        if (!ByAuthor.TryGetValue(authorId, out var keys) || keys.Count == 0)
        {
            yield break;
        }

        var lowest = keys.Min;
        if (MemoryKeyset.Compare(lowest.At, lowest.Id, before.At, before.Id) >= 0)
        {
            yield break;
        }

        foreach (var key in keys.GetViewBetween(lowest, (before.At, before.Id)).Reverse())
        {
            if (MemoryKeyset.Compare(key.At, key.Id, before.At, before.Id) < 0)
            {
                yield return Posts[key.Id];
            }
        }
    }

    /// <summary>The post if it exists and is not deleted; the caller holds <see cref="Gate"/>.</summary>
    public PostRecord? Alive(string postId) =>
        Posts.TryGetValue(postId, out var stored) && stored.DeletedAt is null ? stored.Post : null;

    /// <summary>Adds <paramref name="comments"/> to the post's comment count; the caller holds <see cref="Gate"/>.</summary>
    public void CountComments(string postId, int comments)
    {
        if (Posts.TryGetValue(postId, out var stored))
        {
            Posts[postId] = stored with { Post = stored.Post with { CommentCount = stored.Post.CommentCount + comments } };
        }
    }

    /// <summary>
    /// Moves the post's reaction counts as the reactions trigger of the Postgres schema does: a new reaction counts
    /// <paramref name="added"/>, a removed one uncounts <paramref name="removed"/>, a switch does both. The caller
    /// holds <see cref="Gate"/>.
    /// </summary>
    public void CountReaction(string postId, ReactionType? removed, ReactionType? added)
    {
        if (!Posts.TryGetValue(postId, out var stored))
        {
            return;
        }

        var counts = new Dictionary<ReactionType, int>(stored.Post.ReactionCounts);
        if (removed is { } r)
        {
            counts[r] = counts.GetValueOrDefault(r) - 1;
        }

        if (added is { } a)
        {
            counts[a] = counts.GetValueOrDefault(a) + 1;
        }

        foreach (var zero in counts.Where(c => c.Value == 0).Select(c => c.Key).ToList())
        {
            counts.Remove(zero);
        }

        var total = stored.Post.ReactionCount + (added is null ? 0 : 1) - (removed is null ? 0 : 1);
        Posts[postId] = stored with { Post = stored.Post with { ReactionCount = total, ReactionCounts = counts } };
    }
}
