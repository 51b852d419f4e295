using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Hosting;

namespace Vrss.Grains.Idempotency;

/// <summary>Registers the idempotency-key ledger: its repository for <c>Vrss:Storage:Provider</c>, options and sweep.</summary>
public static class IdempotencyServiceCollectionExtensions
{
    /// <summary>Adds the ledger's services.</summary>
    public static IServiceCollection AddIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IdempotencyOptions>()
            .Bind(configuration.GetSection(IdempotencyOptions.SectionName))
            .Validate(o => o.Retention >= IdempotencyOptions.MinimumRetention, "Vrss:Idempotency:Retention must be at least 24 hours (API.md promises it).")
            .Validate(o => o.ClaimTimeout > TimeSpan.Zero && o.SweepInterval > TimeSpan.Zero, "Vrss:Idempotency:ClaimTimeout and SweepInterval must be positive.")
            .ValidateOnStart();
        if (StorageProvider.Of(configuration) == StorageProvider.Postgres)
        {
            services.TryAddSingleton<IIdempotencyRepository, PostgresIdempotencyRepository>();
        }
        else
        {
            services.TryAddSingleton<IIdempotencyRepository, MemoryIdempotencyRepository>();
        }

        // Also with Memory storage: a long-running development silo would otherwise keep every key it saw.
        services.AddHostedService<IdempotencySweeper>();
        return services;
    }
}
