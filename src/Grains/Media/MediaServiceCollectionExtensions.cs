using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Media;

/// <summary>Registers media: options, the store chosen by <c>Vrss:Media:Provider</c>, and the expiry sweep.</summary>
public static class MediaServiceCollectionExtensions
{
    /// <summary>Adds media storage and its upload life cycle.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.SectionName))
            .Validate(o => o.MaxFileBytes > 0 && o.DefaultQuotaBytes > 0 && o.UploadExpiry > TimeSpan.Zero, "Media limits must be positive.")
            .ValidateOnStart();
        var provider = configuration[$"{MediaOptions.SectionName}:Provider"] ?? "Local";
        switch (provider)
        {
            case "Local":
                services.TryAddSingleton<LocalMediaStore>();
                services.TryAddSingleton<IMediaStore>(sp => sp.GetRequiredService<LocalMediaStore>());
                services.TryAddSingleton<LocalUploadReceiver>();
                break;
            case "S3":
                services.TryAddSingleton<IMediaStore, S3MediaStore>();
                break;
            default:
                throw new InvalidOperationException($"Vrss:Media:Provider '{provider}' is not one of Local, S3.");
        }

        services.TryAddSingleton<MediaSweepTrigger>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<MediaSweepTrigger>());
        return services;
    }
}
