using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Vrss.WebFront.Http;
using IPNetwork = System.Net.IPNetwork;

namespace Vrss.Silo.Hosting;

/// <summary>
/// Prometheus' scrape endpoint at <see cref="Path"/> (OpenTelemetry's exporter, a prerelease package): only with
/// <c>Vrss:Observability:PrometheusEndpoint=true</c>, and only for clients in
/// <c>Vrss:Observability:PrometheusAllowedNetworks</c> (addresses or networks; loopback by default). Anyone else gets
/// 404, as if it did not exist: the metrics name procedures, error rates and the cluster's shape. Behind a proxy, list
/// the proxy in <c>Vrss:WebFront:TrustedProxies</c> so the client's own address is the one checked.
/// </summary>
public static class PrometheusEndpoint
{
    /// <summary>Where the metrics are served.</summary>
    public const string Path = "/metrics";

    private const string EnabledKey = "Vrss:Observability:PrometheusEndpoint";
    private const string NetworksKey = "Vrss:Observability:PrometheusAllowedNetworks";
    private const string DefaultNetworks = "127.0.0.0/8,::1";

    /// <summary>The one reader of <c>Vrss:Observability:PrometheusEndpoint</c> (off by default).</summary>
    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetValue(EnabledKey, false);
    }

    /// <summary>The one reader of <c>Vrss:Observability:PrometheusAllowedNetworks</c>; an entry that is no address or network stops the start.</summary>
    public static IReadOnlyList<IPNetwork> AllowedNetworks(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[NetworksKey] is { Length: > 0 } configured ? configured : DefaultNetworks;
        return TrustedProxies.TryParse(value, out var networks, out var invalid)
            ? networks
            : throw new InvalidOperationException($"{NetworksKey} has an entry that is not an address or network: '{invalid}'.");
    }

    /// <summary>Serves <see cref="Path"/> to allowed clients when enabled. Call after the web front's middleware, which resolves the client's address.</summary>
    public static WebApplication MapVrssPrometheus(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!IsEnabled(app.Configuration))
        {
            return app;
        }

        var allowed = AllowedNetworks(app.Configuration);
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == Path && IsAllowed(context.Connection.RemoteIpAddress, allowed));
        return app;
    }

    private static bool IsAllowed(IPAddress? client, IReadOnlyList<IPNetwork> allowed)
    {
        if (client is null)
        {
            return false;
        }

        var address = client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client;
        return allowed.Any(network => network.Contains(address));
    }
}
