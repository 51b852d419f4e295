using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vrss.Runtime.Core;
using Vrss.Runtime.Hosting;
using Vrss.Runtime.Membership;
using Vrss.Runtime.Storage;

namespace Vrss.TestingHost;

/// <summary>
/// Silos in one process for developers' tests: each is a real host with Kestrel on a loopback port, and
/// they share in-memory storage as real silos share PostgreSQL.
/// <code>await using var cluster = await TestCluster.StartAsync(o => o.AddGrainsFromAssembly(typeof(MyGrain).Assembly));</code>
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly TestClusterOptions _options;
    private readonly Dictionary<Type, object> _shared;
    private readonly List<TestSilo> _silos = [];
    private int _nextIndex;

    private TestCluster(TestClusterOptions options)
    {
        _options = options;
        _shared = options.SharedFactories.ToDictionary(kv => kv.Key, kv => kv.Value());
        _shared[typeof(MemoryStorageBackend)] = new MemoryStorageBackend();
        _shared[typeof(InMemoryMembershipTable)] = new InMemoryMembershipTable();
    }

    /// <summary>Every silo started, running or not, in start order.</summary>
    public IReadOnlyList<TestSilo> Silos => _silos;

    /// <summary>The silos still running.</summary>
    public IReadOnlyList<TestSilo> RunningSilos => _silos.Where(s => s.IsRunning).ToList();

    /// <summary>A grain factory that enters the cluster through the first running silo.</summary>
    public IGrainFactory GrainFactory => Primary.GrainFactory;

    /// <summary>The first running silo's services.</summary>
    public IServiceProvider ServiceProvider => Primary.Services;

    /// <summary>The storage rows every silo shares.</summary>
    public MemoryStorageBackend Storage => (MemoryStorageBackend)_shared[typeof(MemoryStorageBackend)];

    private TestSilo Primary => _silos.FirstOrDefault(s => s.IsRunning) ?? throw new InvalidOperationException("No silo is running.");

    /// <summary>Starts a cluster of <see cref="TestClusterOptions.Silos"/> silos.</summary>
    public static async Task<TestCluster> StartAsync(Action<TestClusterOptions>? configure = null)
    {
        var options = new TestClusterOptions();
        configure?.Invoke(options);
        var cluster = new TestCluster(options);
        try
        {
            for (var i = 0; i < options.Silos; i++)
            {
                await cluster.StartAdditionalSiloAsync().ConfigureAwait(false);
            }
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return cluster;
    }

    /// <summary>Gets a shared singleton registered with <see cref="TestClusterOptions.ShareSingleton{T}"/>.</summary>
    public T GetShared<T>() where T : class => (T)_shared[typeof(T)];

    /// <summary>Starts one more silo and waits until it has joined.</summary>
    public async Task<TestSilo> StartAdditionalSiloAsync()
    {
        var index = _nextIndex++;
        var name = $"silo{index}";
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vrss:Silo:Name"] = name,
            ["Vrss:Silo:Port"] = "0",
            ["Vrss:Silo:AdvertisedAddress"] = "127.0.0.1",
            ["Vrss:Clustering:Provider"] = "InMemory",

            // Fast failure detection keeps tests short; tests may override these.
            ["Vrss:Clustering:ProbePeriod"] = "00:00:00.200",
            ["Vrss:Clustering:DeathTimeout"] = "00:00:03",
        });
        builder.Configuration.AddInMemoryCollection(_options.Configuration);
        foreach (var (type, instance) in _shared)
        {
            builder.Services.AddSingleton(type, instance);
        }

        if (_options.TimeProvider is { } time)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddVrssRuntime(builder.Configuration);
        foreach (var action in _options.BuilderActions)
        {
            action(builder, index);
        }

        var app = builder.Build();
        foreach (var action in _options.AppActions)
        {
            action(app);
        }

        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var silo = new TestSilo(index, name, app, new Uri(address));
        _silos.Add(silo);
        await WaitForStableViewAsync().ConfigureAwait(false);
        return silo;
    }

    /// <summary>Waits until every running silo sees exactly the running silos as active.</summary>
    public async Task WaitForStableViewAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var running = RunningSilos;
            var expected = running.Select(s => s.Services.GetRequiredService<MembershipService>().Self).ToHashSet();
            if (running.All(s => s.Services.GetRequiredService<MembershipService>().View.ActiveSet.SetEquals(expected)))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The silos did not agree on the cluster's membership in time.");
            }

            await Task.Delay(20).ConfigureAwait(false);
        }
    }

    /// <summary>Stops a silo gracefully: it announces its departure and deactivates its grains.</summary>
    public async Task StopSiloAsync(TestSilo silo)
    {
        if (!silo.IsRunning)
        {
            return;
        }

        silo.IsRunning = false;
        await silo.App.StopAsync().ConfigureAwait(false);
        await silo.App.DisposeAsync().ConfigureAwait(false);
        if (RunningSilos.Count > 0)
        {
            await WaitForStableViewAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Kills a silo abruptly: no grain code runs, nothing is announced; the others find out as they would
    /// about a crashed process.
    /// </summary>
    public async Task KillSiloAsync(TestSilo silo)
    {
        if (!silo.IsRunning)
        {
            return;
        }

        silo.IsRunning = false;
        Vrss.Runtime.Hosting.SiloCrash.Crash(silo.Services);
        await silo.App.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops every running silo gracefully.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos.Where(s => s.IsRunning).Reverse().ToList())
        {
            await StopSiloAsync(silo).ConfigureAwait(false);
        }
    }
}
