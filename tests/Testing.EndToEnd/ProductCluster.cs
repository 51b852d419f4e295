using Microsoft.Extensions.Logging;
using Vrss.Grains.Data;
using Vrss.Silo.Hosting;
using Vrss.TestingHost;

namespace Vrss.Testing.EndToEnd;

/// <summary>
/// Makes a <see cref="TestCluster"/> run the whole product on every silo: the services, middleware and
/// endpoints of <c>src/Silo</c> (exactly what Program.cs composes), behind Kestrel on a loopback port.
/// <code>
/// await using var cluster = await TestCluster.StartAsync(o => o.UseVrssProduct().UseMemoryStorage());
/// using var client = new RpcClient(cluster.Silos[0].HttpAddress);
/// </code>
/// </summary>
public static class ProductCluster
{
    /// <summary>Composes every silo as the product does and shares in-memory tables between silos.</summary>
    public static TestClusterOptions UseVrssProduct(this TestClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ShareSingleton<MemoryDatabase>();
        options.ConfigureBuilder((builder, _) => builder.Services.AddVrssSiloServices(builder.Configuration));
        options.ConfigureSilo((silo, _) => silo.ConfigureVrssGrains(silo.Configuration).AddVrssSiloHealth());
        options.ConfigureApp(app => app.MapVrss());
        return options;
    }

    /// <summary>The in-memory provider (grain state and repositories).</summary>
    public static TestClusterOptions UseMemoryStorage(this TestClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Configuration["Vrss:Storage:Provider"] = "Memory";
        return options;
    }

    /// <summary>PostgreSQL (a database from <c>PostgresDatabaseFixture</c>, for example).</summary>
    public static TestClusterOptions UsePostgresStorage(this TestClusterOptions options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Configuration["Vrss:Storage:Provider"] = "Postgres";
        options.Configuration["ConnectionStrings:Vrss"] = connectionString;
        return options;
    }

    /// <summary>Collects every silo's log entries at <paramref name="minimum"/> and above into <paramref name="capture"/>.</summary>
    public static TestClusterOptions CaptureLogs(this TestClusterOptions options, LogCapture capture, LogLevel minimum = LogLevel.Warning)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConfigureBuilder((builder, _) =>
        {
            builder.Logging.AddProvider(capture);
            builder.Logging.SetMinimumLevel(minimum);
        });
        return options;
    }
}
