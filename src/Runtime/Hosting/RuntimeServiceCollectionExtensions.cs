using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Runtime.Activation;
using Vrss.Runtime.Broadcast;
using Vrss.Runtime.Membership;
using Vrss.Runtime.Placement;
using Vrss.Runtime.Transport;
using Vrss.Runtime.Core;
using Vrss.Runtime.Invocation;
using Vrss.Runtime.Messaging;
using Vrss.Runtime.Postgres;
using Vrss.Runtime.Serialization;
using Vrss.Runtime.Storage;
using Vrss.Runtime.Streams;

namespace Vrss.Runtime.Hosting;

/// <summary>Registers the grain runtime in a host.</summary>
public static class RuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the silo runtime: activation, scheduling, calls, streams, and the storage provider named by
    /// <c>Vrss:Storage:Provider</c>.
    /// </summary>
    public static IServiceCollection AddVrssRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GrainRuntimeOptions>().Bind(configuration.GetSection(GrainRuntimeOptions.SectionName));
        services.AddOptions<SiloOptions>().Bind(configuration.GetSection(SiloOptions.SectionName));
        services.AddOptions<GrainClassOptions>();
        services.AddOptions<SerializationOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SiloLifecycle>();
        services.TryAddSingleton<SiloReadiness>();
        services.TryAddSingleton<JsonCodec>();
        services.TryAddSingleton<GrainTypeRegistry>();
        services.TryAddSingleton<PersistentStateFactory>();
        services.TryAddSingleton<Catalog>();
        services.TryAddSingleton<ActivationCollector>();
        services.TryAddSingleton<PendingCalls>();
        services.TryAddSingleton<Dispatcher>();
        services.TryAddSingleton<IGrainCallRuntime>(sp => sp.GetRequiredService<Dispatcher>());
        services.TryAddSingleton<IGrainFactory, GrainFactory>();
        services.TryAddSingleton<StreamHub>();
        services.TryAddSingleton<IStreamProvider>(sp => sp.GetRequiredService<StreamHub>());
        services.TryAddSingleton<ExceptionCodec>();
        services.TryAddSingleton<MessageSerializer>();
        services.TryAddSingleton<PlacementService>();
        services.TryAddSingleton<ActiveGrainBroadcaster>();
        services.TryAddSingleton<IActiveGrainBroadcaster>(sp => sp.GetRequiredService<ActiveGrainBroadcaster>());
        services.TryAddSingleton<SiloTransport>();
        services.AddSingleton<ISiloLifecycleParticipant>(sp => sp.GetRequiredService<SiloTransport>());
        services.TryAddSingleton<MembershipService>();
        services.AddSingleton<ISiloLifecycleParticipant>(sp => sp.GetRequiredService<MembershipService>());
        services.AddGrainsFromAssembly(typeof(RuntimeServiceCollectionExtensions).Assembly);
        services.AddHostedService<SiloHostedService>();
        AddMembershipTable(services, configuration);

        var provider = configuration["Vrss:Storage:Provider"] ?? "Memory";
        switch (provider)
        {
            case "Memory":
                services.AddMemoryGrainStorage();
                break;
            case "Postgres":
                services.AddPostgresGrainStorage(configuration);
                break;
            default:
                throw new InvalidOperationException($"Vrss:Storage:Provider '{provider}' is not one of Memory, Postgres.");
        }

        return services;
    }

    private static void AddMembershipTable(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MembershipOptions>().Bind(configuration.GetSection(MembershipOptions.SectionName));
        var provider = configuration[$"{MembershipOptions.SectionName}:Provider"] ?? "Localhost";
        switch (provider)
        {
            case "Localhost":
                services.TryAddSingleton(_ => new InMemoryMembershipTable().For(TimeProvider.System));
                break;
            case "InMemory":
                services.TryAddSingleton<InMemoryMembershipTable>();
                services.TryAddSingleton(sp => sp.GetRequiredService<InMemoryMembershipTable>().For(TimeProvider.System));
                break;
            case "Postgres":
                services.AddVrssPostgres(configuration);
                services.TryAddSingleton<IMembershipTable, PostgresMembershipTable>();
                break;
            default:
                throw new InvalidOperationException($"Vrss:Clustering:Provider '{provider}' is not one of Localhost, InMemory, Postgres.");
        }
    }

    /// <summary>Registers every concrete grain class in <paramref name="assembly"/>.</summary>
    public static IServiceCollection AddGrainsFromAssembly(this IServiceCollection services, Assembly assembly)
    {
        var classes = assembly.GetTypes().Where(t => typeof(Grain).IsAssignableFrom(t) && !t.IsAbstract && !t.IsGenericTypeDefinition).ToList();
        services.Configure<GrainClassOptions>(o =>
        {
            foreach (var type in classes)
            {
                o.GrainClasses.Add(type);
            }
        });
        return services;
    }

    /// <summary>Adds in-memory grain storage under <paramref name="name"/>.</summary>
    public static IServiceCollection AddMemoryGrainStorage(this IServiceCollection services, string name = PersistentStateAttribute.DefaultStorage)
    {
        services.TryAddSingleton<MemoryStorageBackend>();
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) => new MemoryGrainStorage(sp.GetRequiredService<MemoryStorageBackend>(), sp.GetRequiredService<JsonCodec>()));
        return services;
    }
}
