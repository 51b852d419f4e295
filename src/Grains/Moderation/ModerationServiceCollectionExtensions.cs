using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Data;
using Vrss.Grains.Hosting;

namespace Vrss.Grains.Moderation;

/// <summary>Registers the moderation repositories: account standing and the audit log.</summary>
public static class ModerationServiceCollectionExtensions
{
    /// <summary>Adds the Memory or Postgres implementations, as <c>Vrss:Storage:Provider</c> says.</summary>
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (StorageProvider.Of(configuration) == StorageProvider.Postgres)
        {
            services.AddVrssPostgres(configuration);
            services.TryAddSingleton<IAccountStandingRepository, PostgresAccountStandingRepository>();
            services.TryAddSingleton<IAuditLogRepository, PostgresAuditLogRepository>();
        }
        else
        {
            services.TryAddSingleton<MemoryDatabase>();
            services.TryAddSingleton<IAccountStandingRepository, MemoryAccountStandingRepository>();
            services.TryAddSingleton<IAuditLogRepository, MemoryAuditLogRepository>();
        }

        return services;
    }
}
