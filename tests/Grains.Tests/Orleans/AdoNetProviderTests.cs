using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Storage;
using Vrss.Grains.Hosting;
using Vrss.Silo.Hosting;
using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.Orleans;

/// <summary>
/// Orleans' ADO.NET grain storage and reminders on real PostgreSQL, through the tables and queries of our own
/// migrations (deploy/sql/0050-0053): conditional writes, and reminders that outlive every silo.
/// </summary>
public sealed class AdoNetProviderTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task GrainStorage_RoundTrips_AndAStaleWriteThrowsInconsistentState()
    {
        await using var cluster = await StartAsync();
        var storage = cluster.ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        var grainId = GrainId.Create("probe", Guid.NewGuid().ToString("N"));

        var first = new GrainState<ProbeState> { State = new ProbeState { Value = "one" } };
        await storage.WriteStateAsync("probe", grainId, first);
        var stale = new GrainState<ProbeState> { State = new ProbeState { Value = "stale" }, ETag = first.ETag };
        first.State.Value = "two";
        await storage.WriteStateAsync("probe", grainId, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("probe", grainId, stale));
        var read = new GrainState<ProbeState>();
        await storage.ReadStateAsync("probe", grainId, read);
        Assert.Equal("two", read.State!.Value);
        Assert.True(read.RecordExists);

        // A first write over an existing row (no ETag) loses too: two activations cannot both create a grain's state.
        var rival = new GrainState<ProbeState> { State = new ProbeState { Value = "rival" } };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("probe", grainId, rival));
    }

    [Fact]
    public async Task Reminder_FiresAgain_AfterEverySiloRestarted()
    {
        var ticks = new ReminderTicks();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var key = Guid.NewGuid().ToString("N");
        await using var cluster = await StartAsync(ticks);
        await cluster.GrainFactory.GetGrain<IReminderProbeGrain>(key).StartAsync(TimeSpan.FromSeconds(1));
        await ticks.NextAsync(key, timeout.Token);

        // Every silo goes; a new one (same service, same database) starts with nothing in memory.
        await cluster.StopSiloAsync(cluster.Silos[0]);
        await cluster.StartAdditionalSiloAsync();
        var afterRestart = await ticks.NextAsync(key, timeout.Token);
        var again = await ticks.NextAsync(key, timeout.Token);

        Assert.True(again > afterRestart);
        await cluster.GrainFactory.GetGrain<IReminderProbeGrain>(key).StopAsync();
    }

    private Task<TestCluster> StartAsync(ReminderTicks? ticks = null) =>
        TestCluster.StartAsync(o =>
        {
            o.Configuration["Vrss:Storage:Provider"] = StorageProvider.Postgres;
            o.Configuration["ConnectionStrings:Vrss"] = database.ConnectionString;
            o.ConfigureServices(services => services.AddSingleton(ticks ?? new ReminderTicks()));
            o.ConfigureBuilder((builder, _) => builder.Services.AddVrssGrains(builder.Configuration));
            o.ConfigureSilo((silo, _) =>
            {
                silo.ConfigureVrssGrains(silo.Configuration);

                // Orleans refuses periods under a minute by default; a test cannot wait minutes per tick.
                silo.Configure<ReminderOptions>(r => r.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            });
        });

    /// <summary>A state record for the storage test.</summary>
    public sealed class ProbeState
    {
        /// <summary>The value.</summary>
        public string? Value { get; set; }
    }
}
