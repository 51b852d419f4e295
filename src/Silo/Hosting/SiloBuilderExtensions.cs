using Vrss.Grains.Hosting;
using Vrss.Runtime.Hosting;
using Vrss.WebFront.Health;
using Vrss.WebFront.Hosting;
using Vrss.WebFront.Live;
using Vrss.WebFront.Media;

namespace Vrss.Silo.Hosting;

/// <summary>
/// Composes a VRSS silo: the runtime, the grains and the web front, from configuration. Tests compose their
/// silos with the same two calls (<see cref="AddVrssSiloServices"/>, <see cref="MapVrss"/>), so they run exactly
/// the product.
/// </summary>
public static class SiloBuilderExtensions
{
    /// <summary>The address the silo listens on when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Adds everything a silo runs, with embedded defaults (one silo, in-memory storage).</summary>
    public static WebApplicationBuilder AddVrssSilo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddVrssSiloServices(builder.Configuration);
        return builder;
    }

    /// <summary>The silo's services: runtime, grains and web front.</summary>
    public static IServiceCollection AddVrssSiloServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddVrssRuntime(configuration);
        services.AddVrssGrains(configuration);
        services.AddVrssWebFront(configuration);
        return services;
    }

    /// <summary>The silo's middleware and endpoints: the web front's pipeline, <c>/api/rpc</c>, <c>/api/stream</c> and the health probes.</summary>
    public static WebApplication MapVrss(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseVrssWebFront();
        app.MapRpc();
        app.MapLiveStream();
        app.MapMedia();
        app.MapHealth();
        return app;
    }
}
