using Vrss.Grains.Data;
using Vrss.Grains.Hosting;
using Vrss.Silo.Hosting;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests;

/// <summary>A base for grain tests: a cluster running VRSS's grains, once per storage provider.</summary>
public abstract class GrainClusterTests
{
    protected abstract void ConfigureStorage(TestClusterOptions options);

    protected Task<TestCluster> StartAsync(ManualTimeProvider clock, Action<TestClusterOptions>? configure = null) =>
        TestCluster.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.ShareSingleton<MemoryDatabase>();
            ConfigureStorage(o);
            o.ConfigureBuilder((builder, _) => builder.Services.AddVrssGrains(builder.Configuration));
            o.ConfigureSilo((silo, _) => silo.ConfigureVrssGrains(silo.Configuration));
            configure?.Invoke(o);
        });
}
