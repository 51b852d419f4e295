using System.Globalization;
using Npgsql;

namespace Vrss.Bench.Edge;

/// <summary>
/// What the database did during a run: pg_stat_statements (loaded on the throwaway server) counts every statement,
/// utility ones such as the pool's <c>DISCARD ALL</c> included; pg_stat_database counts transactions.
/// </summary>
internal sealed class Statements(NpgsqlDataSource admin, string database)
{
    public static async Task EnableAsync(Vrss.Testing.PostgresServer server)
    {
        await using (var connection = new NpgsqlConnection(server.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'", connection);
            await command.ExecuteNonQueryAsync();
        }

        await server.StopAsync();
        await server.RestartAsync();

        // The pool's connections died with the old server process.
        NpgsqlConnection.ClearAllPools();
    }

    public async Task<int> PostmasterPidAsync()
    {
        var backend = await ScalarAsync<int>("SELECT pg_backend_pid()");
        var stat = await File.ReadAllTextAsync($"/proc/{backend}/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
    }

    public async Task ResetAsync() => await ScalarAsync<object>("SELECT pg_stat_statements_reset()");

    public async Task<long> TransactionsAsync()
    {
        // The statistics collector flushes at most every half second; wait it out so counts are complete.
        await ScalarAsync<object>("SELECT pg_stat_clear_snapshot()");
        return await ScalarAsync<long>($"SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '{database}'");
    }

    public async Task<(long Total, List<(string Query, long Calls)> Top)> ReadAsync()
    {
        var top = new List<(string, long)>();
        long total = 0;
        await using var connection = await admin.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT query, calls FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = @database)
              AND query NOT LIKE '%pg_stat_statements%'
            ORDER BY calls DESC
            """,
            connection);
        command.Parameters.AddWithValue("database", database);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var calls = reader.GetInt64(1);
            total += calls;
            if (top.Count < 8)
            {
                top.Add((reader.GetString(0), calls));
            }
        }

        return (total, top);
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await admin.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
