using Npgsql;
using Vrss.Runtime.Hosting;

namespace Vrss.Runtime.Postgres;

/// <summary>Ready when PostgreSQL answers a trivial query.</summary>
internal sealed class PostgresReadinessCheck(NpgsqlDataSource dataSource) : ISiloReadinessCheck
{
    public string Name => "postgres";

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT 1");
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is 1;
    }
}
