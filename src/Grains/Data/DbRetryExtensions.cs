using Npgsql;

namespace Vrss.Grains.Data;

/// <summary>
/// Runs <see cref="SqlStatement"/>s through <see cref="DbRetry"/>. Reads are retried on transient failures;
/// writes are not (<c>repeatable: false</c>), because a write that committed before the connection dropped
/// would report a different outcome the second time (for example "already following").
/// </summary>
internal static class DbRetryExtensions
{
    public static Task<List<T>> QueryAsync<T>(this DbRetry db, SqlStatement statement, Func<NpgsqlDataReader, T> map, bool repeatable = true) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = statement.ToCommand(connection);
                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                var rows = new List<T>();
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    rows.Add(map(reader));
                }

                return rows;
            },
            repeatable);

    public static async Task<T?> QuerySingleAsync<T>(this DbRetry db, SqlStatement statement, Func<NpgsqlDataReader, T> map, bool repeatable = true)
    {
        var rows = await db.QueryAsync(statement, map, repeatable).ConfigureAwait(false);
        return rows.Count == 0 ? default : rows[0];
    }

    public static Task<int> ExecuteAsync(this DbRetry db, SqlStatement statement, bool repeatable = false) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = statement.ToCommand(connection);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable);

    /// <summary>Reads the first column of the first row (for counts and flags).</summary>
    public static Task<T> ScalarAsync<T>(this DbRetry db, SqlStatement statement, bool repeatable = true) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = statement.ToCommand(connection);
                var value = await command.ExecuteScalarAsync().ConfigureAwait(false);
                return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
            },
            repeatable);
}
