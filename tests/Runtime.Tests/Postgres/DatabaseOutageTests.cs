using Microsoft.Extensions.DependencyInjection;
using Vrss.Runtime.Hosting;
using Vrss.Runtime.Storage;
using Vrss.Runtime.Tests.Grains;
using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Runtime.Tests.Postgres;

/// <summary>Stops and restarts a PostgreSQL server of the test's own under a running silo.</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task ServerRestart_CallsFailCleanlyWhileDown_AndSucceedAfter_WithoutRestartingTheSilo()
    {
        await using var server = await PostgresServer.StartDedicatedAsync();
        var connectionString = await server.CreateDatabaseAsync("outage");
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.AddGrainsFromAssembly(typeof(CounterGrain).Assembly);
            o.ConfigureServices(s => s.AddSingleton<LifecycleLog>());
            o.Configuration["Vrss:Storage:Provider"] = "Postgres";
            o.Configuration["ConnectionStrings:Vrss"] = connectionString;
            o.Configuration["Vrss:Postgres:MaxRetries"] = "2";
        });
        var readiness = cluster.ServiceProvider.GetRequiredService<SiloReadiness>();
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>("outage");
        Assert.Equal(1, await counter.IncrementAsync());

        await server.StopAsync();

        var started = DateTime.UtcNow;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => counter.IncrementAsync());
        await Assert.ThrowsAsync<StorageUnavailableException>(() => cluster.GrainFactory.GetGrain<ICounterGrain>("never-loaded").GetAsync());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "failures must be prompt, not call timeouts");
        Assert.False(await readiness.IsReadyAsync(CancellationToken.None));

        await server.RestartAsync();

        // The failed write was not applied; the grain reloads and goes on from the stored value.
        Assert.Equal(2, await counter.IncrementAsync());
        Assert.Equal(1, await cluster.GrainFactory.GetGrain<ICounterGrain>("never-loaded").IncrementAsync());
        Assert.True(await readiness.IsReadyAsync(CancellationToken.None));
    }
}
