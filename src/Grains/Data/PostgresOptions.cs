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
    /// The most connections our repositories' pool opens per silo (Npgsql's <c>Maximum Pool Size</c>; its own default
    /// is 100). Every request holds one for a statement or a short transaction, so a few connections serve thousands
    /// of statements a second; the cap is what keeps silos x pools x size under PostgreSQL's <c>max_connections</c>
    /// (100 by default, see docs/capacity.md).
    /// </summary>
    public int MaxPoolSize { get; set; } = 10;

    /// <summary>The most connections Orleans' ADO.NET providers (grain state, reminders, membership) open per silo.</summary>
    public int OrleansMaxPoolSize { get; set; } = 5;

    /// <summary>The section <c>Vrss:Postgres</c>, bound and validated: the one place it is read.</summary>
    public static PostgresOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new PostgresOptions();
        configuration.GetSection(SectionName).Bind(options);
        return options.Problem() is { } problem ? throw new InvalidOperationException(problem) : options;
    }

    /// <summary>What is wrong with the values, or null when they are usable.</summary>
    public string? Problem() =>
        MaxPoolSize is < 1 or > 1000 || OrleansMaxPoolSize is < 1 or > 1000
            ? "Vrss:Postgres:MaxPoolSize and Vrss:Postgres:OrleansMaxPoolSize must be between 1 and 1000."
            : MaxRetries < 0 || FirstRetryDelay <= TimeSpan.Zero || StartupRetryTime <= TimeSpan.Zero
                ? "Vrss:Postgres needs MaxRetries >= 0, FirstRetryDelay > 0 and StartupRetryTime > 0."
                : null;

    /// <summary>
    /// <c>ConnectionStrings:Vrss</c> for one of the silo's two pools, the one place it is read (our repositories and
    /// Orleans' ADO.NET providers share it). Each pool gets its own <c>Maximum Pool Size</c>
    /// (<see cref="MaxPoolSize"/>, <see cref="OrleansMaxPoolSize"/>); the connection string may not set one, so the
    /// size has one key. Pooled connections are not reset when they return to the pool (<c>No Reset On Close</c>)
    /// unless the connection string says otherwise: a reset is a <c>DISCARD ALL</c> round trip before the next
    /// statement, and it undoes nothing of ours, because no statement of ours or of Orleans' providers changes session
    /// state (no <c>SET</c>, temporary table, <c>LISTEN</c> or prepared statement; the migrator's session lock is
    /// released in a <c>finally</c>). Npgsql still rolls back a transaction left open on a returned connection.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration, PostgresPool pool = PostgresPool.Repositories)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString("Vrss");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "PostgreSQL is configured but ConnectionStrings:Vrss is empty; set it (for example ConnectionStrings__Vrss in the environment).");
        }

        var options = From(configuration);

        // Npgsql's own builder answers ContainsKey for every keyword it knows; the generic one only for those given.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Maximum Pool Size") || given.ContainsKey("Max Pool Size") || given.ContainsKey("MaxPoolSize"))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Vrss sets Maximum Pool Size; set Vrss:Postgres:MaxPoolSize and Vrss:Postgres:OrleansMaxPoolSize instead (each silo has two pools).");
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = pool == PostgresPool.Orleans ? options.OrleansMaxPoolSize : options.MaxPoolSize,
        };
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
