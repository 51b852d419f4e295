using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Vrss.Runtime.Hosting;
using Vrss.Runtime.Serialization;
using Vrss.Runtime.Storage;

namespace Vrss.Runtime.Postgres;

/// <summary>Registers PostgreSQL: one data source, schema migration at start-up, grain storage, readiness.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <summary>Adds the shared <see cref="NpgsqlDataSource"/> for <c>ConnectionStrings:Vrss</c> and the migrator.</summary>
    public static IServiceCollection AddVrssPostgres(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(SchemaMigrator)))
        {
            return services;
        }

        var connectionString = configuration.GetConnectionString("Vrss");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "PostgreSQL is configured but ConnectionStrings:Vrss is empty; set it (for example ConnectionStrings__Vrss in the environment).");
        }

        services.AddOptions<PostgresOptions>().Bind(configuration.GetSection(PostgresOptions.SectionName));
        services.TryAddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.TryAddSingleton<DbRetry>();
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<ISiloLifecycleParticipant>(sp => sp.GetRequiredService<SchemaMigrator>());
        services.AddSingleton<ISiloReadinessCheck, PostgresReadinessCheck>();
        return services;
    }

    /// <summary>Adds PostgreSQL grain storage under <paramref name="name"/>.</summary>
    public static IServiceCollection AddPostgresGrainStorage(this IServiceCollection services, IConfiguration configuration, string name = PersistentStateAttribute.DefaultStorage)
    {
        services.AddVrssPostgres(configuration);
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) => new PostgresGrainStorage(sp.GetRequiredService<DbRetry>(), sp.GetRequiredService<JsonCodec>()));
        return services;
    }
}
