using Microsoft.Extensions.Configuration;
using Orleans.Dashboard;
using Vrss.WebFront.Admin;

namespace Vrss.Silo.Hosting;

/// <summary>
/// Orleans' dashboard on the web front at <see cref="Path"/>, for the instance's admins only
/// (<see cref="AdminOnlyFilter"/>). Switched by <c>Vrss:Observability:Dashboard</c>: on in the embedded defaults
/// (appsettings.json), off unless configured elsewhere, since it samples metrics every second and profiles grain calls
/// while it is being watched.
/// </summary>
public static class OperatorDashboard
{
    private const string DashboardContentSecurityPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Where the dashboard is served.</summary>
    public const string Path = "/admin/dashboard";

    /// <summary>The one reader of <c>Vrss:Observability:Dashboard</c>.</summary>
    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue("Vrss:Observability:Dashboard", false);

    /// <summary>Adds the dashboard's silo side (its grain service, metrics exporter and call profiler) when enabled.</summary>
    public static ISiloBuilder AddVrssDashboard(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (IsEnabled(configuration))
        {
            silo.AddDashboard();
        }

        return silo;
    }

    /// <summary>Maps the dashboard's pages and API behind the admins-only gate when enabled.</summary>
    public static WebApplication MapVrssDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (IsEnabled(app.Configuration))
        {
            app.MapOrleansDashboard(Path)
                .AddEndpointFilter<AdminOnlyFilter>()
                .AddEndpointFilter(static (context, next) =>
                {
                    // The dashboard's bundle sets inline styles and data: fonts, which the PWA's policy forbids.
                    context.HttpContext.Response.Headers.ContentSecurityPolicy = DashboardContentSecurityPolicy;
                    return next(context);
                });
        }

        return app;
    }
}
