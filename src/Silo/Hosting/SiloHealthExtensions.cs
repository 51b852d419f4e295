namespace Vrss.Silo.Hosting;

/// <summary>Adds the silo's membership to <c>/health/ready</c>.</summary>
public static class SiloHealthExtensions
{
    /// <summary>Adds the silo's own check: ready only while active in its cluster.</summary>
    public static ISiloBuilder AddVrssSiloHealth(this ISiloBuilder silo)
    {
        silo.Services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo");
        return silo;
    }
}
