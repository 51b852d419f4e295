namespace Vrss.Silo.Hosting;

/// <summary>Adds the silo's membership to <c>/health/ready</c>.</summary>
internal static class SiloHealthExtensions
{
    public static ISiloBuilder AddVrssSiloHealth(this ISiloBuilder silo)
    {
        silo.Services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo");
        return silo;
    }
}
