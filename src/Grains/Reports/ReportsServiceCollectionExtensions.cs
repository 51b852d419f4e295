using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Data;
using Vrss.Grains.Hosting;

namespace Vrss.Grains.Reports;

/// <summary>Registers the report repository.</summary>
public static class ReportsServiceCollectionExtensions
{
    /// <summary>Adds the Memory or Postgres implementation, as <c>Vrss:Storage:Provider</c> says.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (StorageProvider.Of(configuration) == StorageProvider.Postgres)
        {
            services.AddVrssPostgres(configuration);
            services.TryAddSingleton<IReportRepository, PostgresReportRepository>();
        }
        else
        {
            services.TryAddSingleton<MemoryDatabase>();
            services.TryAddSingleton<IReportRepository, MemoryReportRepository>();
        }

        return services;
    }
}
