using Microsoft.Extensions.Configuration;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Vrss.WebFront.Http;

namespace Vrss.Silo.Hosting;

/// <summary>
/// OpenTelemetry export. VRSS's instruments (meter <c>Vrss</c>), its <c>rpc {procedure}</c> spans and Orleans'
/// instruments always exist and cost nothing unobserved; the SDK, which listens to them and starts a span per request
/// and grain call, runs only when there is somewhere to send them: OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set
/// (the standard OTLP settings, such as <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and <c>OTEL_SERVICE_NAME</c>, apply as
/// documented by OpenTelemetry), Prometheus' <c>/metrics</c> when <see cref="PrometheusEndpoint"/> is enabled, or an
/// exporter the host adds itself (a test's in-memory one).
/// </summary>
public static class Telemetry
{
    /// <summary>Whether configuration names an exporter (OTLP or Prometheus).</summary>
    public static bool IsExported(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration?["OTEL_EXPORTER_OTLP_ENDPOINT"]) || PrometheusEndpoint.IsEnabled(configuration!);

    /// <summary>Adds metrics and traces with the configured exporters, when any is configured.</summary>
    public static IServiceCollection AddVrssTelemetry(this IServiceCollection services, IConfiguration configuration) =>
        services.AddVrssTelemetry(configuration, exporters: null);

    /// <summary>
    /// Adds metrics and traces with the configured exporters and <paramref name="exporters"/> (which the host adds
    /// beside them); the SDK runs when either names one. May be called again to add exporters.
    /// </summary>
    public static IServiceCollection AddVrssTelemetry(this IServiceCollection services, IConfiguration configuration, Action<OpenTelemetryBuilder>? exporters)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var running = services.Any(d => d.ServiceType == typeof(SdkRunning));
        if (!running && !IsExported(configuration) && exporters is null)
        {
            return services;
        }

        var openTelemetry = services.AddOpenTelemetry();
        if (!running)
        {
            services.AddSingleton<SdkRunning>();
            openTelemetry
                .ConfigureResource(resource => resource.AddService("vrss-silo"))
                .WithMetrics(metrics => metrics
                    .AddMeter(RpcMetrics.MeterName, "Microsoft.Orleans")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation())
                .WithTracing(tracing => tracing
                    .AddSource(RpcTracing.SourceName, "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql());
            if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            {
                openTelemetry.UseOtlpExporter();
            }

            if (PrometheusEndpoint.IsEnabled(configuration))
            {
                openTelemetry.WithMetrics(metrics => metrics.AddPrometheusExporter());
            }
        }

        exporters?.Invoke(openTelemetry);
        return services;
    }

    /// <summary>
    /// Carries the trace context through grain calls (Orleans' activity propagation) when the SDK runs: the grain
    /// calls of a request, and their storage commands, join its trace. Call after <see cref="AddVrssTelemetry(IServiceCollection, IConfiguration, Action{OpenTelemetryBuilder}?)"/>.
    /// </summary>
    public static ISiloBuilder AddVrssTracePropagation(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (silo.Services.Any(d => d.ServiceType == typeof(SdkRunning)))
        {
            silo.AddActivityPropagation();
        }

        return silo;
    }

    // Marks that the SDK was added, so that exporters added later join it and grain calls propagate traces.
    private sealed class SdkRunning;
}
