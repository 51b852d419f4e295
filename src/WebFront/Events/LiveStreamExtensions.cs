using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Vrss.WebFront.Events;

/// <summary>Registers and maps the live stream.</summary>
public static class LiveStreamExtensions
{
    /// <summary>Adds <see cref="EventStreamEndpoint"/>, with <see cref="EventStreamOptions"/> bound from <c>Vrss:Stream</c>.</summary>
    public static IServiceCollection AddLiveStream(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EventStreamOptions>()
            .Bind(configuration.GetSection(EventStreamOptions.SectionName))
            .Validate(o => o.HeartbeatInterval > TimeSpan.Zero && o.BufferCapacity >= 1 && o.StallTimeout > o.HeartbeatInterval && o.ClientRetry >= TimeSpan.Zero,
                "Vrss:Stream needs HeartbeatInterval > 0, BufferCapacity >= 1, StallTimeout > HeartbeatInterval and ClientRetry >= 0.")
            .ValidateOnStart();
        services.TryAddSingleton<EventStreamEndpoint>();
        return services;
    }

    /// <summary>Maps <c>GET /api/stream</c>.</summary>
    public static IEndpointRouteBuilder MapLiveStream(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var stream = endpoints.ServiceProvider.GetRequiredService<EventStreamEndpoint>();
        endpoints.MapGet(EventStreamEndpoint.Path, stream.HandleAsync);
        return endpoints;
    }
}
