using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Email;
using Vrss.Grains.Hosting;
using Vrss.Grains.Protection;
using Vrss.Grains.Sessions;

namespace Vrss.Grains.Users;

/// <summary>Registers accounts: users, sessions, emailed tokens, the outbox, password hashing and second factors.</summary>
public static class AccountsServiceCollectionExtensions
{
    /// <summary>Adds the account repositories for <c>Vrss:Storage:Provider</c>, the email sender and options.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AccountOptions>()
            .Bind(configuration.GetSection(AccountOptions.SectionName))
            .Validate(o => o.PasswordHashIterations >= AccountOptions.MinimumPasswordHashIterations,
                $"Vrss:Auth:PasswordHashIterations must be at least {AccountOptions.MinimumPasswordHashIterations}.")
            .Validate(o => o.SessionLastUseInterval > TimeSpan.Zero, "Vrss:Auth:SessionLastUseInterval must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<PasswordHashing>();
        services.TryAddSingleton<SecondFactor>();
        services.AddSecretProtection(configuration);
        services.AddHostedService<SessionSweeper>();
        services.AddEmail(configuration);
        if (StorageProvider.Of(configuration) == StorageProvider.Postgres)
        {
            services.TryAddSingleton<IUserRepository, PostgresUserRepository>();
            services.TryAddSingleton<ISessionRepository, PostgresSessionRepository>();
            services.TryAddSingleton<IEmailTokenRepository, PostgresEmailTokenRepository>();
        }
        else
        {
            services.TryAddSingleton<IUserRepository, MemoryUserRepository>();
            services.TryAddSingleton<ISessionRepository, MemorySessionRepository>();
            services.TryAddSingleton<IEmailTokenRepository, MemoryEmailTokenRepository>();
        }

        return services;
    }
}
