using Vrss.Grains.Data;

namespace Vrss.Grains.HotReads;

/// <summary><see cref="IHiddenAuthorRepository"/> over <c>account_standing</c> and <c>users</c>.</summary>
public sealed class PostgresHiddenAuthorRepository(DbRetry db) : IHiddenAuthorRepository
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<KeyValuePair<string, HiddenReasons>>> ListAsync() =>
        await db.QueryAsync(HiddenAuthorStatements.List(), r => KeyValuePair.Create(r.GetString(0), (HiddenReasons)r.GetInt32(1))).ConfigureAwait(false);
}
