using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Data;
using Vrss.Grains.Media;
using Vrss.Grains.Notifications;
using Vrss.Grains.Users;
using Vrss.Runtime.Hosting;

namespace Vrss.Grains.Hosting;

/// <summary>Registers VRSS's grains and the repositories they use.</summary>
public static class GrainsServiceCollectionExtensions
{
    /// <summary>Adds every grain class of VRSS and its data access, chosen by <c>Vrss:Storage:Provider</c>.</summary>
    public static IServiceCollection AddVrssGrains(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddGrainsFromAssembly(typeof(GrainsServiceCollectionExtensions).Assembly);
        services.TryAddSingleton<MemoryDatabase>();
        services.AddAccounts(configuration);
        services.AddSocialData(configuration);
        services.AddSocial(configuration);
        services.AddMedia(configuration);
        services.AddNotifications(configuration);
        return services;
    }
}
