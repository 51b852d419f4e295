using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Posts;

/// <summary>
/// What one user's reaction to each recently seen post is, including "none": a page of posts is answered from it, and
/// only posts it has not seen go to the database. Bounded: past <see cref="Capacity"/> the posts learnt longest ago
/// are forgotten first (readers page forward, so an old post is unlikely to be shown again soon).
/// </summary>
public sealed class OwnReactionMemo(int capacity)
{
    private readonly Dictionary<string, ReactionType?> _known = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>How many posts it remembers at most.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>How many posts it remembers now.</summary>
    public int Count => _known.Count;

    /// <summary>The posts among <paramref name="postIds"/> it does not know, each once.</summary>
    public IReadOnlyList<string> Unknown(IEnumerable<string> postIds) =>
        [.. postIds.Where(id => !_known.ContainsKey(id)).Distinct(StringComparer.Ordinal)];

    /// <summary>The known reactions among <paramref name="postIds"/>; unknown posts and posts without one are absent.</summary>
    public Dictionary<string, ReactionType> Reactions(IEnumerable<string> postIds)
    {
        var found = new Dictionary<string, ReactionType>(StringComparer.Ordinal);
        foreach (var id in postIds)
        {
            if (_known.TryGetValue(id, out var reaction) && reaction is { } r)
            {
                found[id] = r;
            }
        }

        return found;
    }

    /// <summary>Takes what the database answered for <paramref name="asked"/>: those absent from it have no reaction.</summary>
    public void Learn(IEnumerable<string> asked, IReadOnlyDictionary<string, ReactionType> answered)
    {
        foreach (var id in asked)
        {
            Set(id, answered.TryGetValue(id, out var r) ? r : null);
        }
    }

    /// <summary>The user changed their reaction to a post (null: removed it).</summary>
    public void Set(string postId, ReactionType? reaction)
    {
        if (!_known.ContainsKey(postId))
        {
            _order.Enqueue(postId);
        }

        _known[postId] = reaction;
        while (_known.Count > Capacity)
        {
            _known.Remove(_order.Dequeue());
        }
    }
}
