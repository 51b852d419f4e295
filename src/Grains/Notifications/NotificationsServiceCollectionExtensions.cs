using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Events;
using Vrss.Grains.Social;

namespace Vrss.Grains.Notifications;

/// <summary>Registers notifications and users' event logs (the grains come with the assembly).</summary>
public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="NotificationSender"/>, makes it the social grains' <see cref="ISocialEventSink"/> (replacing the
    /// default that drops events), and binds <see cref="UserEventsOptions"/> from <c>Vrss:Events</c>.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<UserEventsOptions>()
            .Bind(configuration.GetSection(UserEventsOptions.SectionName))
            .Validate(o => o.RetainCount >= 1 && o.MaxRetained >= o.RetainCount && o.RetainAge >= TimeSpan.Zero && o.TransientIdBlock >= 1 && o.MaxStreamsPerUser >= 1,
                "Vrss:Events needs RetainCount >= 1, MaxRetained >= RetainCount, RetainAge >= 0, TransientIdBlock >= 1 and MaxStreamsPerUser >= 1.")
            .ValidateOnStart();
        services.TryAddSingleton<NotificationSender>();
        services.Replace(ServiceDescriptor.Singleton<ISocialEventSink, NotificationSocialEventSink>());
        return services;
    }
}
