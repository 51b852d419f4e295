using System.Collections.Concurrent;

namespace Vrss.Grains.HotReads;

/// <summary>
/// A silo's copy of the authors whose posts only they may see: suspended accounts and accounts waiting for their purge.
/// Few (staff actions and deletions), so the whole set is held: filled by one query when the silo starts, then kept by
/// the changes their owner grains (the account's standing, its lifecycle) send to every silo. Each reason is kept apart,
/// so lifting a suspension does not show an account whose deletion is still pending.
/// </summary>
public sealed class HiddenAuthors
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, HiddenReasons> _reasons = new(StringComparer.Ordinal);
    private long _changes;

    /// <summary>How many changes arrived so far; read it before the query a later <see cref="Load"/> keeps.</summary>
    public long Version
    {
        get
        {
            lock (_lock)
            {
                return _changes;
            }
        }
    }

    /// <summary>How many authors are hidden.</summary>
    public int Count => _reasons.Count;

    /// <summary>Whether <paramref name="readerId"/> may not see <paramref name="authorId"/>'s posts (an author always sees their own).</summary>
    public bool Hides(string authorId, string? readerId) =>
        !string.Equals(authorId, readerId, StringComparison.Ordinal) && _reasons.ContainsKey(authorId);

    /// <summary>Why <paramref name="authorId"/> is hidden (<see cref="HiddenReasons.None"/> when not).</summary>
    public HiddenReasons ReasonsOf(string authorId) => _reasons.GetValueOrDefault(authorId);

    /// <summary>Adds or lifts one reason, as its owner grain announced.</summary>
    public void Change(string authorId, HiddenReasons reason, bool hidden)
    {
        ArgumentNullException.ThrowIfNull(authorId);
        lock (_lock)
        {
            _changes++;
            var now = hidden ? ReasonsOf(authorId) | reason : ReasonsOf(authorId) & ~reason;
            if (now == HiddenReasons.None)
            {
                _reasons.TryRemove(authorId, out _);
            }
            else
            {
                _reasons[authorId] = now;
            }
        }
    }

    /// <summary>
    /// Replaces the whole set with what the tables hold, unless a change arrived since <paramref name="readAt"/> (the
    /// query may have read the tables before that change's write); true when kept, false to query again.
    /// </summary>
    public bool Load(IEnumerable<KeyValuePair<string, HiddenReasons>> rows, long readAt)
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (_lock)
        {
            if (_changes != readAt)
            {
                return false;
            }

            _reasons.Clear();
            foreach (var (authorId, reasons) in rows)
            {
                _reasons[authorId] = _reasons.GetValueOrDefault(authorId) | reasons;
            }

            return true;
        }
    }
}
