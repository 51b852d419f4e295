using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Hosting;
using Vrss.Grains.Accounts;
using Vrss.Grains.Data;
using Vrss.Grains.Delivery;
using Vrss.Grains.Feeds;
using Vrss.Grains.HotReads;
using Vrss.Grains.Idempotency;
using Vrss.Grains.Media;
using Vrss.Grains.Moderation;
using Vrss.Grains.Notifications;
using Vrss.Grains.RateLimits;
using Vrss.Grains.Reports;
using Vrss.Grains.Users;

namespace Vrss.Grains.Hosting;

/// <summary>Registers VRSS's grain-side services: repositories, fan-out delivery, error translation.</summary>
public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the services VRSS's grains use, with data access chosen by <c>Vrss:Storage:Provider</c>. Orleans itself
    /// (clustering, grain storage, reminders) is configured by the silo's composition.
    /// </summary>
    public static IServiceCollection AddVrssGrains(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MemoryDatabase>();
        services.TryAddSingleton(typeof(LocalActivations<>));
        services.TryAddSingleton<ActiveFeeds>();
        services.TryAddSingleton<ProductMetrics>();
        services.TryAddSingleton<FeedDeliveryClient>();
        services.AddGrainService<FeedDeliveryService>();
        services.TryAddSingleton<HotReadCache>();
        services.AddOptions<HotReadOptions>()
            .Bind(configuration.GetSection(HotReadOptions.SectionName))
            .Validate(o => o.IsValid(), "Vrss:HotReads needs BroadcastTimeout > 0 and RetryDelay > 0.")
            .ValidateOnStart();
        services.TryAddSingleton<HotReadClient>();
        services.AddGrainService<HotReadService>();
        services.AddSingleton<ErrorTranslationFilter>();
        services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<ErrorTranslationFilter>());
        services.AddSingleton<IOutgoingGrainCallFilter>(sp => sp.GetRequiredService<ErrorTranslationFilter>());
        services.AddHealthChecks();
        services.AddAccounts(configuration);
        services.AddSocialData(configuration);
        services.AddSocial(configuration);
        services.AddMedia(configuration);
        services.AddNotifications(configuration);
        services.AddIdempotency(configuration);
        services.AddModeration(configuration);
        services.AddReports(configuration);
        services.AddAccountLifecycle(configuration);
        if (StorageProvider.Of(configuration) == StorageProvider.Postgres)
        {
            // Memory storage forgets everything at exit; only stored rows need sweeping.
            services.AddHostedService<RateLimitSweeper>();
        }

        return services;
    }
}
