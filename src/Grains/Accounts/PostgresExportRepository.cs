using Npgsql;
using Vrss.GrainInterfaces.Accounts;
using Vrss.Grains.Data;

namespace Vrss.Grains.Accounts;

/// <summary><see cref="IExportRepository"/> on <c>data_exports</c>.</summary>
public sealed class PostgresExportRepository(DbRetry db) : IExportRepository
{
    /// <inheritdoc />
    public Task InsertAsync(ExportRecord export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return db.ExecuteAsync(ExportStatements.Insert(export));
    }

    /// <inheritdoc />
    public Task<ExportRecord?> GetAsync(string exportId) => db.QuerySingleAsync(ExportStatements.Get(exportId), Read);

    /// <inheritdoc />
    public Task<ExportRecord?> GetNewestAsync(string userId) => db.QuerySingleAsync(ExportStatements.Newest(userId), Read);

    /// <inheritdoc />
    public async Task<bool> FinishAsync(string exportId, string? storageKey, long? size) =>
        await db.ExecuteAsync(ExportStatements.Finish(exportId, storageKey, size), repeatable: true).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExportRecord>> ListExpiredAsync(DateTimeOffset now, int limit) =>
        await db.QueryAsync(ExportStatements.Expired(now, limit), Read).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListKeysAsync(string userId) =>
        await db.QueryAsync(ExportStatements.Keys(userId), r => r.GetString(0)).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string exportId) =>
        await db.ExecuteAsync(ExportStatements.Delete(exportId), repeatable: true).ConfigureAwait(false) == 1;

    private static ExportRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        (ExportStatus)reader.GetInt16(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetInt64(4),
        reader.GetFieldValue<DateTimeOffset>(5),
        reader.GetFieldValue<DateTimeOffset>(6));
}
