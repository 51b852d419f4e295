using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Vrss.Grains.Data;
using Vrss.Grains.Hosting;
using Vrss.Silo.Media;
using Vrss.Silo.Accounts;
using Vrss.WebFront.Health;
using Vrss.WebFront.Hosting;
using Vrss.WebFront.Client;
using Vrss.WebFront.Events;

namespace Vrss.Silo.Hosting;

/// <summary>
/// Composes a VRSS silo: an Orleans silo and the web front in one process, from configuration. Tests compose
/// their silos from the same pieces (<see cref="AddVrssSiloServices"/>, <see cref="ConfigureVrssGrains"/>,
/// <see cref="MapVrss"/>), so they run the product.
/// </summary>
public static class SiloBuilderExtensions
{
    /// <summary>The address the silo listens on when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// How long a stopping silo may take (<c>Vrss:Silo:ShutdownTimeout</c>, the host's <see cref="HostOptions.ShutdownTimeout"/>):
    /// long enough to hand its grains over and leave the membership table. Orchestrators must wait longer before they
    /// kill the process (deploy/k8s sets <c>terminationGracePeriodSeconds</c> above it; a test checks the relation).
    /// </summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Adds everything a silo runs, with embedded defaults (one silo, in-memory storage).</summary>
    public static WebApplicationBuilder AddVrssSilo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var configuration = builder.Configuration;
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = configuration.GetValue($"{SiloEndpointSettings.SectionName}:ShutdownTimeout", DefaultShutdownTimeout));
        builder.Services.AddVrssSiloServices(configuration);
        builder.UseOrleans(silo =>
        {
            silo.ConfigureVrssCluster(configuration);
            silo.ConfigureVrssGrains(configuration);
        });
        return builder;
    }

    /// <summary>
    /// The grains' services and the web front. Registered before Orleans, so with PostgreSQL the schema migrator
    /// (a hosted service the grains' data layer adds) runs before the silo starts and needs its tables.
    /// </summary>
    public static IServiceCollection AddVrssSiloServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddVrssGrains(configuration);
        services.AddVrssWebFront(configuration);
        services.AddSingleton<IConfigureOptions<MediaOrigins>, MediaOriginsSetup>();
        services.AddVrssTelemetry(configuration);
        return services;
    }

    /// <summary>
    /// What grains need of Orleans, in every silo including tests': grain storage and reminders (memory for the
    /// embedded default, Orleans' ADO.NET providers on PostgreSQL), call timeouts, mailbox limits, idle collection.
    /// </summary>
    public static ISiloBuilder ConfigureVrssGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Configure<SiloMessagingOptions>(o =>
        {
            o.ResponseTimeout = configuration.GetValue("Vrss:Runtime:ResponseTimeout", o.ResponseTimeout);
            o.MaxEnqueuedRequestsHardLimit = configuration.GetValue("Vrss:Runtime:MailboxCapacity", 10_000);

            // A call that reaches an activation while it deactivates is forwarded to the new one; a burst of calls to
            // a grain that deactivates itself (a revoked session, a deleted post) can need more than Orleans' two hops.
            o.MaxForwardCount = 8;
        });
        silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = configuration.GetValue("Vrss:Runtime:CollectionAge", TimeSpan.FromMinutes(15)));

        // Grain state is stored as JSON: readable in the table, and tolerant of added fields across a rolling upgrade.
        silo.UseSystemTextJsonGrainStorageSerializer();
        if (StorageProvider.Of(configuration) == StorageProvider.Postgres)
        {
            var connectionString = PostgresOptions.ConnectionString(configuration, PostgresPool.Orleans);
            silo.AddAdoNetGrainStorageAsDefault(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
        }
        else
        {
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseInMemoryReminderService();
        }

        silo.AddVrssTracePropagation();
        silo.AddVrssDashboard(configuration);
        return silo;
    }

    /// <summary>
    /// Cluster identity, membership (localhost or the PostgreSQL table), endpoints and failure detection; in a
    /// Kubernetes pod (<c>Vrss:Clustering:Kubernetes=true</c>) also Orleans' Kubernetes hosting.
    /// </summary>
    public static ISiloBuilder ConfigureVrssCluster(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var cluster = configuration.GetSection("Vrss:Cluster").Get<ClusterSettings>() ?? new ClusterSettings();
        configuration.GetSection("Vrss:Clustering").Bind(cluster);
        var endpoint = configuration.GetSection(SiloEndpointSettings.SectionName).Get<SiloEndpointSettings>() ?? new SiloEndpointSettings();
        if (cluster.Kubernetes)
        {
            KubernetesSilo.Apply(silo, cluster, endpoint, configuration);
        }

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        silo.Configure<SiloOptions>(o => o.SiloName = endpoint.Name);
        switch (cluster.Provider)
        {
            case "Localhost":
                silo.UseLocalhostClustering(endpoint.Port, endpoint.GatewayPort);
                break;
            case "Postgres":
                var connectionString = PostgresOptions.ConnectionString(configuration, PostgresPool.Orleans);
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connectionString;
                });
                silo.Configure<EndpointOptions>(o =>
                {
                    o.AdvertisedIPAddress = endpoint.Address;
                    o.SiloPort = endpoint.Port;
                    o.GatewayPort = endpoint.GatewayPort;

                    // Bound to the advertised address only: the silo port carries grain calls and must not face clients.
                    o.SiloListeningEndpoint = new System.Net.IPEndPoint(endpoint.Address, endpoint.Port);
                    o.GatewayListeningEndpoint = new System.Net.IPEndPoint(endpoint.Address, endpoint.GatewayPort);
                });
                break;
            default:
                throw new InvalidOperationException($"Vrss:Clustering:Provider '{cluster.Provider}' is not one of Localhost, Postgres.");
        }

        silo.ConfigureVrssTls(endpoint);
        silo.Configure<ClusterMembershipOptions>(o => FailureDetection.Apply(o, cluster.ProbePeriod, cluster.DeathTimeout));
        silo.AddVrssSiloHealth();
        return silo;
    }

    /// <summary>The silo's middleware and endpoints: the web front's pipeline, <c>/metrics</c> when enabled, <c>/api/rpc</c>, <c>/api/stream</c> and the health probes.</summary>
    public static WebApplication MapVrss(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseVrssWebFront();
        app.MapVrssPrometheus();
        app.MapRpc();
        app.MapOpenApiDocument();
        app.MapLiveStream();
        app.MapMedia();
        app.MapExports();
        app.MapHealth();
        app.MapVrssDashboard();
        app.MapVrssClientFallback();
        return app;
    }
}
