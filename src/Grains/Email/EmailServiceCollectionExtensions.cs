using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Hosting;

namespace Vrss.Grains.Email;

/// <summary>Registers email: the outbox every silo writes, its sweeper, and the SMTP relay when one is configured.</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>Adds the outbox for <c>Vrss:Storage:Provider</c>, and the relay for <c>Vrss:Email:Smtp</c>.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.SectionName))
            .Validate(o => o.IsValid(), "Vrss:Email:Smtp needs a port, MaxAttempts > 0, positive delays and a From address.")
            .ValidateOnStart();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<IEmailSender, OutboxEmailSender>();
        services.AddHostedService<EmailOutboxSweeper>();
        if (StorageProvider.Of(configuration) == StorageProvider.Postgres)
        {
            services.TryAddSingleton<IEmailOutboxRepository, PostgresEmailOutboxRepository>();
        }
        else
        {
            services.TryAddSingleton<IEmailOutboxRepository, MemoryEmailOutboxRepository>();
        }

        // The relay stops at once without a host (SmtpOptions.Enabled), so only the options decide.
        services.TryAddSingleton<IEmailTransport, SmtpEmailTransport>();
        services.TryAddSingleton<OutboxRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());

        return services;
    }
}
