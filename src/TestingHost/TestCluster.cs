using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Storage;

namespace Vrss.TestingHost;

/// <summary>
/// Orleans silos in one process for developers' tests, each with its web front on a loopback port, composed
/// exactly as the product composes a silo. They share a membership table and (with in-memory storage) grain
/// storage, as real silos share PostgreSQL, so any silo can be killed and its grains come back on the others.
/// <code>await using var cluster = await TestCluster.StartAsync(o => o.Silos = 3);</code>
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly TestClusterOptions _options;
    private readonly Dictionary<Type, object> _shared;
    private readonly InMemoryMembershipTable _membership = new();
    private readonly string _clusterId = "test-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<TestSilo> _silos = [];
    private SharedMemoryGrainStorage? _storage;
    private int _nextIndex;

    private TestCluster(TestClusterOptions options)
    {
        _options = options;
        _shared = options.SharedFactories.ToDictionary(kv => kv.Key, kv => kv.Value());
    }

    /// <summary>Every silo started, running or not, in start order.</summary>
    public IReadOnlyList<TestSilo> Silos => _silos;

    /// <summary>The silos still running.</summary>
    public IReadOnlyList<TestSilo> RunningSilos => _silos.Where(s => s.IsRunning).ToList();

    /// <summary>A grain factory that enters the cluster through the first running silo.</summary>
    public IGrainFactory GrainFactory => Primary.GrainFactory;

    /// <summary>The first running silo's services.</summary>
    public IServiceProvider ServiceProvider => Primary.Services;

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

    /// <summary>Starts one more silo and waits until every running silo sees it.</summary>
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

            // The product's appsettings.json turns the operator dashboard on; a test asks for it when it needs it,
            // rather than every test silo sampling metrics every second.
            ["Vrss:Observability:Dashboard"] = "false",
        });
        builder.Configuration.AddInMemoryCollection(_options.Configuration);
        foreach (var (type, instance) in _shared)
        {
            builder.Services.AddSingleton(type, instance);
        }

        if (_options.TimeProvider is { } time)
        {
            builder.Services.AddSingleton(time);
            foreach (var area in s_backgroundClockAreas)
            {
                builder.Services.AddKeyedSingleton(area, TimeProvider.System);
            }
        }

        foreach (var action in _options.BuilderActions)
        {
            action(builder, index);
        }

        // The product's setting (Vrss.Grains.Hosting.StorageProvider reads it there): with in-memory storage, the
        // silos share one store below instead of Orleans' per-cluster memory storage, which dies with its silos.
        var inMemoryStorage = (builder.Configuration["Vrss:Storage:Provider"] ?? "Memory") == "Memory";
        builder.UseOrleans(silo => ConfigureSilo(silo, name, index, inMemoryStorage));
        var app = builder.Build();
        foreach (var action in _options.AppActions)
        {
            action(app);
        }

        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch
        {
            // A silo that could not join (wrong certificate, say) must not linger half-started.
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var silo = new TestSilo(index, name, app, new Uri(address));
        _silos.Add(silo);
        await WaitForStableViewAsync().ConfigureAwait(false);
        return silo;
    }

    /// <summary>Waits until every running silo sees exactly the running silos as active.</summary>
    public async Task WaitForStableViewAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var expected = RunningSilos.Select(s => s.SiloAddress).ToHashSet();
        while (!RunningSilos.All(s => SeesExactly(s, expected)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The test cluster's silos did not agree on its membership.");
            }

            await Task.Delay(20).ConfigureAwait(false);
        }
    }

    /// <summary>Stops a silo gracefully: it leaves the cluster and hands its grains over.</summary>
    public async Task StopSiloAsync(TestSilo silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
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
    /// Kills a silo: it stops without telling anyone (an already-cancelled stop), so the others must notice by
    /// missed probes and declare it dead, as they would after <c>kill -9</c>.
    /// </summary>
    public async Task KillSiloAsync(TestSilo silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (!silo.IsRunning)
        {
            return;
        }

        silo.IsRunning = false;
        try
        {
            await silo.App.StopAsync(new CancellationToken(canceled: true)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected: nothing waited for.
        }

        await silo.App.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos.Where(s => s.IsRunning).Reverse().ToList())
        {
            silo.IsRunning = false;
            await silo.App.StopAsync().ConfigureAwait(false);
            await silo.App.DisposeAsync().ConfigureAwait(false);
        }
    }

    // Orleans' infrastructure clocks stay real; grains' timers and idle collection follow the test's clock.
    private static readonly string[] s_backgroundClockAreas =
    [
        TimeProviderNames.Messaging,
        TimeProviderNames.SystemTimers,
        TimeProviderNames.Membership,
        TimeProviderNames.GrainDirectory,
        Orleans.Reminders.ReminderTimeProviderNames.Reminders,
    ];

    private static bool SeesExactly(TestSilo silo, HashSet<SiloAddress> expected)
    {
        var snapshot = silo.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot;
        var active = snapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).ToHashSet();
        return active.SetEquals(expected);
    }

    private void ConfigureSilo(ISiloBuilder silo, string name, int index, bool inMemoryStorage)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = _clusterId;
            o.ServiceId = _clusterId;
        });
        silo.Configure<SiloOptions>(o => o.SiloName = name);
        var ports = LoopbackPorts.Free(2);
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = IPAddress.Loopback;
            o.SiloPort = ports[0];
            o.GatewayPort = ports[1];
        });
        silo.Services.AddSingleton<IMembershipTable>(_membership);
        silo.Services.AddSingleton<IFatalErrorHandler, TestFatalErrorHandler>();

        // Fast failure detection keeps kill tests short: a silent silo is dead in about two seconds.
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromMilliseconds(500);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
            o.TableRefreshTimeout = TimeSpan.FromMilliseconds(500);
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
        });
        foreach (var action in _options.SiloActions)
        {
            action(silo, index);
        }

        if (inMemoryStorage)
        {
            // Registered last, so it replaces whatever default storage the product configured (Orleans resolves
            // the default both by name and unnamed).
            silo.Services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (sp, _) => SharedStorage(sp));
            silo.Services.AddSingleton<IGrainStorage>(SharedStorage);
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.UseInMemoryReminderService();
        }
    }

    // One storage for every silo; the first silo to need it supplies the serializer (all silos use the same one).
    private SharedMemoryGrainStorage SharedStorage(IServiceProvider services) =>
        LazyInitializer.EnsureInitialized(ref _storage, () => new SharedMemoryGrainStorage(services.GetRequiredService<IGrainStorageSerializer>()));
}
