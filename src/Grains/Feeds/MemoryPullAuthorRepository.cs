using Vrss.Grains.Data;
using Vrss.Grains.Social;

namespace Vrss.Grains.Feeds;

/// <summary>Pulled authors in memory, with the Postgres semantics (follows read from the Memory follow table).</summary>
public sealed class MemoryPullAuthorRepository(MemoryDatabase database) : IPullAuthorRepository
{
    private readonly Rows _rows = database.Table<Rows>();
    private readonly MemoryFollowTable _follows = database.Table<MemoryFollowTable>();

    /// <inheritdoc />
    public Task<bool> SetPulledAsync(string userId, bool pulled, DateTimeOffset at)
    {
        Guard.Id(userId, nameof(userId));
        lock (_rows)
        {
            return Task.FromResult(pulled ? _rows.Pulled.Add(userId) : _rows.Pulled.Remove(userId));
        }
    }

    /// <inheritdoc />
    public Task<bool> IsPulledAsync(string userId)
    {
        Guard.Id(userId, nameof(userId));
        lock (_rows)
        {
            return Task.FromResult(_rows.Pulled.Contains(userId));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetFollowedAsync(string followerId)
    {
        Guard.Id(followerId, nameof(followerId));
        string[] pulled;
        lock (_rows)
        {
            pulled = [.. _rows.Pulled];
        }

        lock (_follows.Gate)
        {
            IReadOnlyList<string> followed = [.. pulled.Where(p => _follows.Contains(followerId, p))];
            return Task.FromResult(followed);
        }
    }

    private sealed class Rows
    {
        public HashSet<string> Pulled { get; } = new(StringComparer.Ordinal);
    }
}
