using Microsoft.Extensions.Configuration;

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
    /// </summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString("Vrss");
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                "PostgreSQL is configured but ConnectionStrings:Vrss is empty; set it (for example ConnectionStrings__Vrss in the environment).")
            : connectionString;
    }
}
