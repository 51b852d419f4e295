using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Data;
using Vrss.Grains.Hosting;
using Vrss.Grains.HotReads;

namespace Vrss.Grains.Moderation;

/// <summary>Registers the moderation repositories: account standing, the audit log, the account list, and the hidden authors (suspended or leaving) that hot reads hold.</summary>
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
            services.TryAddSingleton<IAccountDirectoryRepository, PostgresAccountDirectoryRepository>();
            services.TryAddSingleton<IHiddenAuthorRepository, PostgresHiddenAuthorRepository>();
        }
        else
        {
            services.TryAddSingleton<MemoryDatabase>();
            services.TryAddSingleton<IAccountStandingRepository, MemoryAccountStandingRepository>();
            services.TryAddSingleton<IAuditLogRepository, MemoryAuditLogRepository>();
            services.TryAddSingleton<IAccountDirectoryRepository, MemoryAccountDirectoryRepository>();
            services.TryAddSingleton<IHiddenAuthorRepository, MemoryHiddenAuthorRepository>();
        }

        return services;
    }
}
