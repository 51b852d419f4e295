using Vrss.Grains.Data;

namespace Vrss.Grains.Feeds;

/// <summary>Pulled authors in the <c>feed_pull_authors</c> table.</summary>
public sealed class PostgresPullAuthorRepository(DbRetry db) : IPullAuthorRepository
{
    /// <inheritdoc />
    public async Task<bool> SetPulledAsync(string userId, bool pulled, DateTimeOffset at)
    {
        Guard.Id(userId, nameof(userId));
        var statement = pulled ? PullAuthorStatements.Add(userId, at) : PullAuthorStatements.Remove(userId);
        return await db.ExecuteAsync(statement).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public Task<bool> IsPulledAsync(string userId)
    {
        Guard.Id(userId, nameof(userId));
        return db.ScalarAsync<bool>(PullAuthorStatements.IsPulled(userId));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetFollowedAsync(string followerId)
    {
        Guard.Id(followerId, nameof(followerId));
        return await db.QueryAsync(PullAuthorStatements.Followed(followerId), r => r.GetString(0)).ConfigureAwait(false);
    }
}
