using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Vrss.Grains.Data;

/// <summary>
/// Applies the embedded schema scripts at silo start-up. An advisory lock serialises silos that start
/// together, so each script runs once; each script runs in its own transaction and is recorded in
/// <c>schema_migrations</c>. A database with versions this silo does not know stops the start.
/// </summary>
public sealed partial class SchemaMigrator(
    NpgsqlDataSource dataSource,
    IOptions<PostgresOptions> options,
    ILogger<SchemaMigrator> logger) : IHostedService
{
    // "VRSSSCHM" as a 64-bit key: the lock only this migrator takes.
    private const long AdvisoryLockKey = 0x5652_5353_5343_484D;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Migrates the database behind <paramref name="dataSource"/> (used by tests on fresh databases).</summary>
    public static Task<int> MigrateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default) =>
        new SchemaMigrator(dataSource, Options.Create(new PostgresOptions()), NullLogger<SchemaMigrator>.Instance)
            .ApplyAsync(cancellationToken);

    /// <summary>Applies every missing script; returns how many were applied.</summary>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(
                connection,
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    integer     PRIMARY KEY,
                    name       text        NOT NULL,
                    checksum   text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """,
                cancellationToken).ConfigureAwait(false);
            var applied = await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false);
            var known = MigrationScript.All;
            var newest = known.Count == 0 ? 0 : known[^1].Version;
            var unknown = applied.Keys.Where(v => v > newest).Order().ToList();
            if (unknown.Count > 0)
            {
                throw new SchemaTooNewException(
                    $"The database schema is at version {unknown[^1]}, newer than this silo knows ({newest}). " +
                    "It was migrated by a newer VRSS build: run that build, or restore a database that matches this one.");
            }

            var count = 0;
            foreach (var script in known.Where(s => !applied.ContainsKey(s.Version)))
            {
                await ApplyAsync(connection, script, cancellationToken).ConfigureAwait(false);
                count++;
            }

            foreach (var script in known.Where(s => applied.TryGetValue(s.Version, out var checksum) && checksum != s.Checksum))
            {
                LogChecksumChanged(logger, script.Version, script.Name);
            }

            return count;
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Migrates before the Orleans silo starts (this service is registered ahead of it): the ADO.NET clustering,
    /// storage and reminder providers read their queries from tables these scripts create.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + options.Value.StartupRetryTime;
        while (true)
        {
            try
            {
                var count = await ApplyAsync(cancellationToken).ConfigureAwait(false);
                LogMigrated(logger, count, MigrationScript.All.Count == 0 ? 0 : MigrationScript.All[^1].Version);
                return;
            }
            catch (Exception exception) when (DbRetry.IsTransient(exception) && DateTime.UtcNow < deadline)
            {
                LogWaiting(logger, exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ApplyAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand(script.Sql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var record = new NpgsqlCommand(
            "INSERT INTO schema_migrations (version, name, checksum) VALUES (@version, @name, @checksum)", connection, transaction))
        {
            record.Parameters.AddWithValue("version", script.Version);
            record.Parameters.AddWithValue("name", script.Name);
            record.Parameters.AddWithValue("checksum", script.Checksum);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogApplied(logger, script.Version, script.Name);
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, string>();
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema version {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, int version, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema up to date: {Count} scripts applied now, at version {Version}")]
    private static partial void LogMigrated(ILogger logger, int count, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schema script {Version} ({Name}) changed after it was applied; the change is not re-applied")]
    private static partial void LogChecksumChanged(ILogger logger, int version, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for the database: {Reason}")]
    private static partial void LogWaiting(ILogger logger, string reason);
}
