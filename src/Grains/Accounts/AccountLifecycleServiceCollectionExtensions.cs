using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Data;
using Vrss.Grains.Hosting;

namespace Vrss.Grains.Accounts;

/// <summary>Registers the account lifecycle: its options, repositories, export writer, sweeper and email gate.</summary>
public static class AccountLifecycleServiceCollectionExtensions
{
    /// <summary>Adds the lifecycle for <c>Vrss:Storage:Provider</c>, with <c>Vrss:Accounts</c> bound and checked at start.</summary>
    public static IServiceCollection AddAccountLifecycle(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AccountLifecycleOptions>()
            .Bind(configuration.GetSection(AccountLifecycleOptions.SectionName))
            .Validate(o => o.DeletionGracePeriod >= TimeSpan.Zero, "Vrss:Accounts:DeletionGracePeriod must not be negative.")
            .Validate(o => o.UsernameReservation >= TimeSpan.Zero, "Vrss:Accounts:UsernameReservation must not be negative.")
            .Validate(o => o.EmailChangeLinkLifetime > TimeSpan.Zero, "Vrss:Accounts:EmailChangeLinkLifetime must be positive.")
            .Validate(o => o.ExportLifetime > TimeSpan.Zero, "Vrss:Accounts:ExportLifetime must be positive.")
            .Validate(o => o.SweepInterval > TimeSpan.Zero, "Vrss:Accounts:SweepInterval must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<VerifiedEmailGate>();
        services.TryAddSingleton<AccountExportWriter>();
        services.AddHostedService<AccountSweeper>();
        if (StorageProvider.Of(configuration) == StorageProvider.Postgres)
        {
            services.TryAddSingleton<IAccountDataRepository, PostgresAccountDataRepository>();
            services.TryAddSingleton<IEmailChangeRepository, PostgresEmailChangeRepository>();
            services.TryAddSingleton<IExportRepository, PostgresExportRepository>();
        }
        else
        {
            services.TryAddSingleton<MemoryDatabase>();
            services.TryAddSingleton<IAccountDataRepository, MemoryAccountDataRepository>();
            services.TryAddSingleton<IEmailChangeRepository, MemoryEmailChangeRepository>();
            services.TryAddSingleton<IExportRepository, MemoryExportRepository>();
        }

        return services;
    }
}
