using Npgsql;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Accounts;

public sealed class PostgresAccountLifecycleTests(PostgresDatabaseFixture database) : AccountLifecycleTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);

    /// <summary>
    /// Every table of the schema (the product's, Orleans' grain state, reminders and membership), read whole: a row
    /// counts when its text (every column) or any bytea column's bytes contain a needle (case-insensitive text).
    /// </summary>
    protected override async Task<IReadOnlyList<string>?> RowsNamingAsync(IReadOnlyList<string> needles)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var tables = new List<(string Name, List<string> ByteColumns)>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT t.table_name, coalesce(array_agg(c.column_name::text) FILTER (WHERE c.data_type = 'bytea'), '{}')
            FROM information_schema.tables AS t
            JOIN information_schema.columns AS c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
            WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            GROUP BY t.table_name
            """,
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add((reader.GetString(0), [.. reader.GetFieldValue<string[]>(1)]));
            }
        }

        Assert.Contains(tables, t => t.Name == "orleansstorage");
        Assert.Contains(tables, t => t.Name == "users");
        var found = new List<string>();
        foreach (var (name, byteColumns) in tables)
        {
            foreach (var needle in needles)
            {
                var bytes = string.Concat(byteColumns.Select(c => $" OR position(convert_to(@needle, 'UTF8') IN coalesce(t.\"{c}\", ''::bytea)) > 0"));
                await using var command = new NpgsqlCommand(
                    $"SELECT count(*) FROM \"{name}\" AS t WHERE strpos(lower(t::text), lower(@needle)) > 0{bytes}",
                    connection);
                command.Parameters.AddWithValue("needle", needle);
                var count = (long)(await command.ExecuteScalarAsync())!;
                if (count > 0)
                {
                    found.Add($"{name}: {count} row(s) name {needle}");
                }
            }
        }

        return found;
    }
}
