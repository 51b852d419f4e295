using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Vrss.Grains.Data;

/// <summary>Registers the PostgreSQL data source our repositories share, the schema migrator and the readiness check.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// Adds the data source for <c>ConnectionStrings:Vrss</c> (once, however often called). The migrator is a hosted
    /// service: the silo composition registers it before Orleans, so the schema (Orleans' tables included) exists
    /// before the silo joins its cluster.
    /// </summary>
    public static IServiceCollection AddVrssPostgres(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(SchemaMigrator)))
        {
            return services;
        }

        var connectionString = PostgresOptions.ConnectionString(configuration);
        services.AddOptions<PostgresOptions>()
            .Bind(configuration.GetSection(PostgresOptions.SectionName))
            .Validate(o => o.Problem() is null, "Vrss:Postgres is invalid (see PostgresOptions.Problem).")
            .ValidateOnStart();
        services.TryAddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.TryAddSingleton<DbRetry>();
        services.TryAddSingleton<WriteBatcher>();
        services.AddSingleton<SchemaMigrator>();
        services.AddHostedService(sp => sp.GetRequiredService<SchemaMigrator>());
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres");
        return services;
    }
}
