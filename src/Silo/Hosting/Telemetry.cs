using Microsoft.Extensions.Configuration;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Vrss.WebFront.Http;

namespace Vrss.Silo.Hosting;

/// <summary>
/// OpenTelemetry export. VRSS's instruments (meter <c>Vrss</c>) and Orleans' (<c>Microsoft.Orleans</c>) always exist
/// and cost nothing unobserved; the SDK, which listens to them and starts a span per request and grain call, runs
/// only when there is somewhere to send them: <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (the standard OTLP settings, such
/// as <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and <c>OTEL_SERVICE_NAME</c>, apply as documented by OpenTelemetry).
/// </summary>
public static class Telemetry
{
    /// <summary>The one reader of whether telemetry is exported.</summary>
    public static bool IsExported(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration?["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    /// <summary>Adds metrics and traces exported over OTLP, when configured.</summary>
    public static IServiceCollection AddVrssTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsExported(configuration))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("vrss-silo"))
            .WithMetrics(metrics => metrics
                .AddMeter(RpcMetrics.MeterName, "Microsoft.Orleans")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithTracing(tracing => tracing
                .AddSource(RpcMetrics.MeterName, "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .UseOtlpExporter();
        return services;
    }

    /// <summary>Carries the trace context through grain calls, when traces are exported.</summary>
    public static ISiloBuilder AddVrssTracePropagation(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (IsExported(configuration))
        {
            silo.AddActivityPropagation();
        }

        return silo;
    }
}
