using Vrss.Grains.Hosting;
using Vrss.Runtime.Hosting;

namespace Vrss.Silo.Hosting;

/// <summary>Composes a VRSS silo: the runtime, the grains and the web front, from configuration.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>The address the silo listens on when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Adds everything a silo runs, with embedded defaults (one silo, in-memory storage).</summary>
    public static WebApplicationBuilder AddVrssSilo(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddVrssRuntime(builder.Configuration);
        builder.Services.AddVrssGrains(builder.Configuration);
        return builder;
    }
}
