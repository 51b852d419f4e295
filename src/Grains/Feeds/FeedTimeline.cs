using Vrss.GrainInterfaces.Feeds;
using Vrss.Grains.Data;

namespace Vrss.Grains.Feeds;

/// <summary>
/// The posts a home feed holds, newest first (by time, then id, as the tables order them), at most
/// <c>capacity</c>. When older posts had to be dropped (or were never loaded), <see cref="Floor"/> marks the
/// oldest position the feed still covers: nothing older is added later, so the feed's window stays consistent.
/// </summary>
internal sealed class FeedTimeline(int capacity)
{
    private readonly List<FeedEntry> _entries = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>The oldest position the feed covers, or null when it holds everything since the beginning.</summary>
    public TimeCursor? Floor { get; private set; }

    public int Count => _entries.Count;

    public IReadOnlyList<FeedEntry> Entries => _entries;

    public bool Contains(string postId) => _ids.Contains(postId);

    /// <summary>Replaces the content with <paramref name="newestFirst"/>; <paramref name="complete"/> says nothing older exists.</summary>
    public void Reset(IEnumerable<FeedEntry> newestFirst, bool complete)
    {
        _entries.Clear();
        _ids.Clear();
        Floor = null;
        foreach (var entry in newestFirst)
        {
            Add(entry);
        }

        if (!complete && _entries.Count > 0)
        {
            Floor = KeyOf(_entries[^1]);
        }
    }

    /// <summary>Whether a post at this position lies inside the feed's window.</summary>
    public bool InWindow(DateTimeOffset at, string postId) =>
        Floor is not { } floor || MemoryKeyset.Compare(at, postId, floor.At, floor.Id) >= 0;

    /// <summary>Inserts the entry in order; false when it is already there or older than the window.</summary>
    public bool Add(FeedEntry entry)
    {
        if (_ids.Contains(entry.PostId) || !InWindow(entry.CreatedAt, entry.PostId))
        {
            return false;
        }

        _entries.Insert(IndexBefore(entry.CreatedAt, entry.PostId, inclusive: true), entry);
        _ids.Add(entry.PostId);
        if (_entries.Count > capacity)
        {
            _ids.Remove(_entries[^1].PostId);
            _entries.RemoveAt(_entries.Count - 1);
            Floor = KeyOf(_entries[^1]);
        }

        return true;
    }

    public bool RemovePost(string postId)
    {
        if (!_ids.Remove(postId))
        {
            return false;
        }

        _entries.RemoveAt(_entries.FindIndex(e => string.Equals(e.PostId, postId, StringComparison.Ordinal)));
        return true;
    }

    public int RemoveAuthor(string authorId)
    {
        var removed = _entries.RemoveAll(e =>
        {
            var match = string.Equals(e.AuthorId, authorId, StringComparison.Ordinal);
            if (match)
            {
                _ids.Remove(e.PostId);
            }

            return match;
        });
        return removed;
    }

    /// <summary>Up to <paramref name="count"/> entries strictly older than <paramref name="position"/>, newest first.</summary>
    public List<FeedEntry> Before(TimeCursor position, int count)
    {
        var start = IndexBefore(position.At, position.Id, inclusive: false);
        return _entries.GetRange(start, Math.Min(count, _entries.Count - start));
    }

    public static TimeCursor KeyOf(FeedEntry entry) => new(entry.CreatedAt, entry.PostId);

    // The first index whose entry is older than (at, id) (or, when inclusive, not newer): a binary search over
    // the newest-first list.
    private int IndexBefore(DateTimeOffset at, string id, bool inclusive)
    {
        int low = 0, high = _entries.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var entry = _entries[middle];
            var order = MemoryKeyset.Compare(entry.CreatedAt, entry.PostId, at, id);
            if (order > 0 || (order == 0 && !inclusive))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
