using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Vrss.WebFront.Health;

/// <summary>Liveness and readiness probes for load balancers and orchestrators.</summary>
public static class HealthEndpoints
{
    /// <summary>
    /// Maps <c>GET /health/live</c> (200 while the process runs) and <c>GET /health/ready</c> (200 while every
    /// registered health check passes: the silo is active in its cluster and its storage answers; 503 otherwise, and
    /// from the moment the silo begins to stop).
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        endpoints.MapGet("/health/ready", async (HttpContext context) =>
        {
            if (context.RequestServices.GetRequiredService<HttpDrain>().Draining)
            {
                return Results.Json(new { status = "stopping" }, statusCode: 503);
            }

            var health = context.RequestServices.GetRequiredService<HealthCheckService>();
            var report = await health.CheckHealthAsync(context.RequestAborted).ConfigureAwait(false);
            var ready = report.Status == HealthStatus.Healthy;
            return Results.Json(new { status = ready ? "ready" : "not ready" }, statusCode: ready ? 200 : 503);
        });
        return endpoints;
    }
}
