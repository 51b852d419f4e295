using Vrss.GrainInterfaces.Feeds;
using Vrss.Grains.Data;

namespace Vrss.Grains.Feeds;

/// <summary>
/// The in-memory part of one active home feed: its timeline and whom it follows. The feed's grain owns it, and
/// fan-out adds and removes posts in it directly on the silo where the grain is active (one lock per feed),
/// because an Orleans message per follower costs far more than the change itself. Everything else (reads,
/// follows, mode changes) happens in the grain's turns, under the same lock.
/// </summary>
internal sealed class ActiveFeed(string userId, int capacity)
{
    private readonly Lock _lock = new();
    private readonly FeedTimeline _timeline = new(capacity);
    private readonly HashSet<string> _followees = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pulled = new(StringComparer.Ordinal);

    // Changes that arrive while the grain still reads its timeline from the tables, replayed on top of that read.
    private List<(FeedEntry? Added, string? Removed)>? _pending = [];
    private DateTimeOffset _lastRead;

    public string UserId => userId;

    /// <summary>Sets the timeline read from the tables and replays what fan-out delivered meanwhile.</summary>
    public void Load(IEnumerable<string> followees, IEnumerable<string> pulled, IEnumerable<FeedEntry> newestFirst, bool complete, DateTimeOffset now)
    {
        lock (_lock)
        {
            _followees.UnionWith(followees);
            _pulled.UnionWith(pulled);
            _timeline.Reset(newestFirst, complete);
            foreach (var (added, removed) in _pending ?? [])
            {
                if (added is not null)
                {
                    AddLocked(added);
                }
                else
                {
                    _timeline.RemovePost(removed!);
                }
            }

            _pending = null;
            _lastRead = now;
        }
    }

    /// <summary>Whether nobody has read the feed for <paramref name="inactiveAfter"/>: it should stop taking fan-out.</summary>
    public bool IsIdle(DateTimeOffset now, TimeSpan inactiveAfter)
    {
        lock (_lock)
        {
            return _pending is null && now - _lastRead > inactiveAfter;
        }
    }

    /// <summary>Adds a post when its author is followed (or is the owner) and not merged at read time; true when added.</summary>
    public bool TryAdd(FeedEntry entry)
    {
        lock (_lock)
        {
            if (_pending is not null)
            {
                _pending.Add((entry, null));
                return true;
            }

            return AddLocked(entry);
        }
    }

    public void Remove(string postId)
    {
        lock (_lock)
        {
            if (_pending is not null)
            {
                _pending.Add((null, postId));
                return;
            }

            _timeline.RemovePost(postId);
        }
    }

    /// <summary>Marks the feed as read now and returns the authors merged at read time.</summary>
    public List<string> BeginRead(DateTimeOffset now)
    {
        lock (_lock)
        {
            _lastRead = now;
            return [.. _pulled];
        }
    }

    /// <summary>Whether this user follows <paramref name="authorId"/> (as fan-out and follows keep it).</summary>
    public bool Follows(string authorId)
    {
        lock (_lock)
        {
            return _followees.Contains(authorId);
        }
    }

    /// <summary>Runs a follow or mode change on the feed's state under its lock.</summary>
    public T Change<T>(Func<FeedTimeline, HashSet<string>, HashSet<string>, T> change)
    {
        lock (_lock)
        {
            return change(_timeline, _followees, _pulled);
        }
    }

    private bool AddLocked(FeedEntry entry)
    {
        var own = string.Equals(entry.AuthorId, userId, StringComparison.Ordinal);
        return (own || _followees.Contains(entry.AuthorId)) && !_pulled.Contains(entry.AuthorId) && _timeline.Add(entry);
    }

    /// <summary>Whether a post is inside the timeline's window (see <see cref="FeedTimeline.InWindow"/>).</summary>
    public bool InWindow(DateTimeOffset at, string postId)
    {
        lock (_lock)
        {
            return _timeline.InWindow(at, postId);
        }
    }

    /// <summary>The timeline's entries before <paramref name="position"/>.</summary>
    public List<FeedEntry> Before(TimeCursor position, int count)
    {
        lock (_lock)
        {
            return _timeline.Before(position, count);
        }
    }
}
