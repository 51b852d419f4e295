using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Vrss.Runtime.Core;
using Vrss.Runtime.Serialization;
using Vrss.Runtime.Storage;

namespace Vrss.Runtime.Postgres;

/// <summary>
/// Grain storage in the <c>grain_state</c> table. Each write is one conditional statement: an update where the
/// version still matches, or an insert where no row exists; either returns the new version, and no row back
/// means another writer got there first.
/// </summary>
public sealed class PostgresGrainStorage(DbRetry db, JsonCodec codec) : IGrainStorage
{
    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (version, payload) = await db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    SELECT version, payload::text FROM grain_state
                    WHERE grain_type = @type AND grain_key = @key AND state_name = @state
                    """,
                    connection);
                AddKey(command, stateName, grainId);
                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                return await reader.ReadAsync().ConfigureAwait(false)
                    ? (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1))
                    : ((long?)null, (string?)null);
            },
            repeatable: true).ConfigureAwait(false);

        grainState.ETag = version is { } v ? Format(v) : null;
        grainState.RecordExists = payload is not null;
        grainState.State = payload is null
            ? PersistentState<T>.CreateDefault()
            : (T)codec.Deserialize(Encoding.UTF8.GetBytes(payload), typeof(T))!;
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var json = Encoding.UTF8.GetString(codec.Serialize(grainState.State, typeof(T)));
        grainState.ETag = Format(await SwapAsync(stateName, grainId, grainState.ETag, json).ConfigureAwait(false));
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (grainState.ETag is null)
        {
            // Nothing was stored when we read; storing an empty row now guards the version against older readers.
            grainState.ETag = Format(await SwapAsync(stateName, grainId, null, null).ConfigureAwait(false));
        }
        else
        {
            grainState.ETag = Format(await SwapAsync(stateName, grainId, grainState.ETag, null).ConfigureAwait(false));
        }

        grainState.RecordExists = false;
    }

    private async Task<long> SwapAsync(string stateName, GrainId grainId, string? etag, string? json)
    {
        var expected = etag is null ? (long?)null : long.Parse(etag, CultureInfo.InvariantCulture);
        var version = await db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    expected is null
                        ? """
                          INSERT INTO grain_state (grain_type, grain_key, state_name, version, payload)
                          VALUES (@type, @key, @state, 1, @payload)
                          ON CONFLICT DO NOTHING
                          RETURNING version
                          """
                        : """
                          UPDATE grain_state SET payload = @payload, version = version + 1, updated_at = now()
                          WHERE grain_type = @type AND grain_key = @key AND state_name = @state AND version = @expected
                          RETURNING version
                          """,
                    connection);
                AddKey(command, stateName, grainId);
                command.Parameters.Add(new NpgsqlParameter("payload", NpgsqlDbType.Jsonb) { Value = (object?)json ?? DBNull.Value });
                if (expected is { } e)
                {
                    command.Parameters.AddWithValue("expected", e);
                }

                return (long?)await command.ExecuteScalarAsync().ConfigureAwait(false);
            },
            repeatable: false).ConfigureAwait(false);

        return version ?? throw new InconsistentStateException(
            $"State '{stateName}' of {grainId} was written by someone else since version {etag ?? "none"} was read.",
            null,
            etag);
    }

    private static void AddKey(NpgsqlCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.AddWithValue("type", grainId.Type);
        command.Parameters.AddWithValue("key", grainId.Key);
        command.Parameters.AddWithValue("state", stateName);
    }

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);
}
