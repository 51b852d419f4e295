using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Runtime.Hosting;

namespace Vrss.WebFront.Health;

/// <summary>Liveness and readiness probes for load balancers and orchestrators.</summary>
public static class HealthEndpoints
{
    /// <summary>
    /// Maps <c>GET /health/live</c> (200 while the process runs) and <c>GET /health/ready</c> (200 once the silo
    /// has joined its cluster and its storage answers, 503 otherwise).
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        endpoints.MapGet("/health/ready", async (HttpContext context) =>
        {
            var readiness = context.RequestServices.GetRequiredService<SiloReadiness>();
            var ready = await readiness.IsReadyAsync(context.RequestAborted).ConfigureAwait(false);
            return Results.Json(new { status = ready ? "ready" : "not ready" }, statusCode: ready ? 200 : 503);
        });
        return endpoints;
    }
}
