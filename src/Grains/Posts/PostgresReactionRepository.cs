using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;

namespace Vrss.Grains.Posts;

/// <summary>Reactions in the <c>reactions</c> table; each change updates <c>posts.reaction_count</c> in the same statement.</summary>
public sealed class PostgresReactionRepository(DbRetry db) : IReactionRepository
{
    /// <inheritdoc />
    public async Task<ReactionType?> SetAsync(string postId, string userId, ReactionType reaction, DateTimeOffset at)
    {
        Guard.Id(postId, nameof(postId));
        Guard.Id(userId, nameof(userId));
        Guard.Defined(reaction, nameof(reaction));
        var (stored, previous) = await db.QuerySingleAsync(
            ReactionStatements.Set(postId, userId, reaction, at),
            r => (r.GetBoolean(0), r.IsDBNull(1) ? (ReactionType?)null : (ReactionType)r.GetInt16(1)),
            repeatable: false).ConfigureAwait(false);
        return stored ? previous : throw PostChecks.PostNotFound();
    }

    /// <inheritdoc />
    public Task<ReactionType?> RemoveAsync(string postId, string userId)
    {
        Guard.Id(postId, nameof(postId));
        Guard.Id(userId, nameof(userId));
        return db.QuerySingleAsync(ReactionStatements.Remove(postId, userId), r => (ReactionType?)r.GetInt16(0), repeatable: false);
    }

    /// <inheritdoc />
    public Task<ReactionType?> GetAsync(string postId, string userId)
    {
        Guard.Id(postId, nameof(postId));
        Guard.Id(userId, nameof(userId));
        return db.QuerySingleAsync(ReactionStatements.Get(postId, userId), r => (ReactionType?)r.GetInt16(0));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, ReactionType>> GetManyAsync(string userId, IReadOnlyCollection<string> postIds)
    {
        Guard.Id(userId, nameof(userId));
        var ids = Guard.Ids(postIds, nameof(postIds));
        if (ids.Length == 0)
        {
            return new Dictionary<string, ReactionType>();
        }

        var rows = await db.QueryAsync(ReactionStatements.GetMany(userId, ids), r => (Post: r.GetString(0), Type: (ReactionType)r.GetInt16(1))).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Post, r => r.Type, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<ReactionType, int>> CountAsync(string postId)
    {
        Guard.Id(postId, nameof(postId));
        var rows = await db.QueryAsync(ReactionStatements.Count(postId), r => (Type: (ReactionType)r.GetInt16(0), Count: (int)r.GetInt64(1))).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Type, r => r.Count);
    }
}
