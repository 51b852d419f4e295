using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;

namespace Vrss.Grains.Posts;

/// <summary>Reactions in memory, with the Postgres semantics.</summary>
public sealed class MemoryReactionRepository(MemoryDatabase database) : IReactionRepository
{
    private readonly MemoryPostTables _tables = database.Table<MemoryPostTables>();

    /// <inheritdoc />
    public Task<ReactionType?> SetAsync(string postId, string userId, ReactionType reaction, DateTimeOffset at)
    {
        Guard.Id(postId, nameof(postId));
        Guard.Id(userId, nameof(userId));
        Guard.Defined(reaction, nameof(reaction));
        lock (_tables.Gate)
        {
            if (_tables.Alive(postId) is null)
            {
                throw PostChecks.PostNotFound();
            }

            ReactionType? previous = _tables.Reactions.TryGetValue((postId, userId), out var old) ? old : null;
            _tables.Reactions[(postId, userId)] = reaction;
            if (previous != reaction)
            {
                _tables.CountReaction(postId, removed: previous, added: reaction);
            }

            return Task.FromResult(previous);
        }
    }

    /// <inheritdoc />
    public Task<ReactionType?> RemoveAsync(string postId, string userId)
    {
        Guard.Id(postId, nameof(postId));
        Guard.Id(userId, nameof(userId));
        lock (_tables.Gate)
        {
            if (!_tables.Reactions.Remove((postId, userId), out var removed))
            {
                return Task.FromResult<ReactionType?>(null);
            }

            _tables.CountReaction(postId, removed: removed, added: null);
            return Task.FromResult<ReactionType?>(removed);
        }
    }

    /// <inheritdoc />
    public Task<ReactionType?> GetAsync(string postId, string userId)
    {
        Guard.Id(postId, nameof(postId));
        Guard.Id(userId, nameof(userId));
        lock (_tables.Gate)
        {
            return Task.FromResult<ReactionType?>(_tables.Reactions.TryGetValue((postId, userId), out var reaction) ? reaction : null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, ReactionType>> GetManyAsync(string userId, IReadOnlyCollection<string> postIds)
    {
        Guard.Id(userId, nameof(userId));
        var ids = Guard.Ids(postIds, nameof(postIds));
        lock (_tables.Gate)
        {
            var mine = new Dictionary<string, ReactionType>(StringComparer.Ordinal);
            foreach (var postId in ids)
            {
                if (_tables.Reactions.TryGetValue((postId, userId), out var reaction))
                {
                    mine[postId] = reaction;
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, ReactionType>>(mine);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<ReactionType, int>> CountAsync(string postId)
    {
        Guard.Id(postId, nameof(postId));
        lock (_tables.Gate)
        {
            IReadOnlyDictionary<ReactionType, int> counts = _tables.Reactions
                .Where(r => string.Equals(r.Key.PostId, postId, StringComparison.Ordinal))
                .GroupBy(r => r.Value)
                .ToDictionary(g => g.Key, g => g.Count());
            return Task.FromResult(counts);
        }
    }
}
