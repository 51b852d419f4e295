using Npgsql;
using Vrss.Runtime.Postgres;

namespace Vrss.Runtime.Membership;

/// <summary>The membership table in PostgreSQL (<c>cluster_silos</c> and <c>cluster_version</c>).</summary>
internal sealed class PostgresMembershipTable(DbRetry db) : IMembershipTable
{
    public Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    SELECT v.version, s.host, s.port, s.generation, s.name, s.status, s.start_time,
                           extract(epoch FROM now() - s.heartbeat)::float8
                    FROM cluster_version v LEFT JOIN cluster_silos s ON true
                    WHERE v.id = 1
                    """,
                    connection);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                long version = 0;
                var entries = new List<MembershipEntry>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    version = reader.GetInt64(0);
                    if (reader.IsDBNull(1))
                    {
                        continue;
                    }

                    entries.Add(new MembershipEntry(
                        new SiloAddress(reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3)),
                        reader.GetString(4),
                        (SiloStatus)reader.GetInt16(5),
                        reader.GetFieldValue<DateTimeOffset>(6),
                        TimeSpan.FromSeconds(reader.GetDouble(7))));
                }

                return new MembershipSnapshot(version, entries);
            },
            repeatable: true,
            cancellationToken);

    public Task<bool> TryUpsertAsync(SiloAddress silo, string name, SiloStatus status, DateTimeOffset startTime, long expectedVersion, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    WITH v AS (
                        UPDATE cluster_version SET version = version + 1 WHERE id = 1 AND version = @expected RETURNING version)
                    INSERT INTO cluster_silos (address, host, port, generation, name, status, start_time, heartbeat)
                    SELECT @address, @host, @port, @generation, @name, @status, @start, now() FROM v
                    ON CONFLICT (address) DO UPDATE SET name = excluded.name, status = excluded.status, heartbeat = now()
                    RETURNING 1
                    """,
                    connection);
                command.Parameters.AddWithValue("expected", expectedVersion);
                command.Parameters.AddWithValue("address", silo.ToString());
                command.Parameters.AddWithValue("host", silo.Host);
                command.Parameters.AddWithValue("port", silo.Port);
                command.Parameters.AddWithValue("generation", silo.Generation);
                command.Parameters.AddWithValue("name", name);
                command.Parameters.AddWithValue("status", (short)status);
                command.Parameters.AddWithValue("start", startTime);
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
            },
            repeatable: false,
            cancellationToken);

    public Task<bool> TryUpdateStatusAsync(SiloAddress silo, SiloStatus status, long expectedVersion, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    WITH v AS (
                        UPDATE cluster_version SET version = version + 1 WHERE id = 1 AND version = @expected RETURNING version)
                    UPDATE cluster_silos SET status = @status FROM v WHERE address = @address
                    RETURNING 1
                    """,
                    connection);
                command.Parameters.AddWithValue("expected", expectedVersion);
                command.Parameters.AddWithValue("address", silo.ToString());
                command.Parameters.AddWithValue("status", (short)status);
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
            },
            repeatable: false,
            cancellationToken);

    public Task HeartbeatAsync(SiloAddress silo, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand("UPDATE cluster_silos SET heartbeat = now() WHERE address = @address", connection);
                command.Parameters.AddWithValue("address", silo.ToString());
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            repeatable: true,
            cancellationToken);

    public Task CleanUpAsync(TimeSpan age, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    "DELETE FROM cluster_silos WHERE status = 4 AND heartbeat < now() - @age", connection);
                command.Parameters.AddWithValue("age", age);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            repeatable: true,
            cancellationToken);
}
