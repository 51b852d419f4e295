using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Vrss.Grains.Data;

/// <summary>PostgreSQL settings, bound from <c>Vrss:Postgres</c>; the connection string is <c>ConnectionStrings:Vrss</c>.</summary>
public sealed class PostgresOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Postgres";

    /// <summary>How long start-up keeps retrying when the database does not answer.</summary>
    public TimeSpan StartupRetryTime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times a transient failure of a repeatable operation is retried.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry delay; each further retry doubles it.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// <c>ConnectionStrings:Vrss</c>, the one place it is read (our repositories and Orleans' ADO.NET providers share it).
    /// Pooled connections are not reset when they return to the pool (<c>No Reset On Close</c>) unless the
    /// connection string says otherwise: a reset is a <c>DISCARD ALL</c> round trip before the next statement, and
    /// it undoes nothing of ours, because no statement of ours or of Orleans' providers changes session state (no
    /// <c>SET</c>, temporary table, <c>LISTEN</c> or prepared statement; the migrator's session lock is released
    /// in a <c>finally</c>). Npgsql still rolls back a transaction left open on a returned connection.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString("Vrss");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "PostgreSQL is configured but ConnectionStrings:Vrss is empty; set it (for example ConnectionStrings__Vrss in the environment).");
        }

        // Npgsql's own builder answers ContainsKey for every keyword it knows; the generic one only for those given.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.ContainsKey("No Reset On Close") || given.ContainsKey("NoResetOnClose")
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
    }
}
