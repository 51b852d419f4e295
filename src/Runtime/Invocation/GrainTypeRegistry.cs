using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Extensions.Options;
using Vrss.Runtime.Core;
using Vrss.Runtime.Hosting;

namespace Vrss.Runtime.Invocation;

/// <summary>Every grain class and interface the silo knows, built once at start-up.</summary>
internal sealed class GrainTypeRegistry
{
    private static readonly MethodInfo s_createProxy = typeof(DispatchProxy)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Single(m => m.Name == nameof(DispatchProxy.Create) && m.IsGenericMethodDefinition);

    private readonly FrozenDictionary<Type, GrainInterfaceInfo> _interfaces;
    private readonly FrozenDictionary<string, GrainClassInfo> _classes;
    private readonly FrozenDictionary<string, GrainMethod> _methods;
    private readonly ConcurrentDictionary<Type, Func<object>> _proxyFactories = new();

    public GrainTypeRegistry(IOptions<GrainClassOptions> options)
    {
        var interfaces = new Dictionary<Type, GrainInterfaceInfo>();
        var classes = new Dictionary<string, GrainClassInfo>(StringComparer.Ordinal);
        foreach (var classType in options.Value.GrainClasses.Distinct())
        {
            var info = new GrainClassInfo(classType);
            if (!classes.TryAdd(info.GrainType, info))
            {
                throw new InvalidOperationException(
                    $"Grain type name '{info.GrainType}' is used by {classes[info.GrainType].ClassType.Name} and {classType.Name}.");
            }

            foreach (var iface in classType.GetInterfaces().Where(IsGrainInterface))
            {
                if (interfaces.TryGetValue(iface, out var existing))
                {
                    throw new InvalidOperationException(
                        $"{iface.Name} is implemented by both {existing.GrainClass.ClassType.Name} and {classType.Name}.");
                }

                interfaces[iface] = new GrainInterfaceInfo(iface, info);
            }
        }

        _interfaces = interfaces.ToFrozenDictionary();
        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _methods = interfaces.Values
            .SelectMany(i => i.Methods)
            .DistinctBy(m => m.Id)
            .ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);
    }

    public IEnumerable<GrainClassInfo> Classes => _classes.Values;

    public GrainInterfaceInfo GetInterface(Type interfaceType) =>
        _interfaces.TryGetValue(interfaceType, out var info)
            ? info
            : throw new InvalidOperationException(
                $"No grain class implements {interfaceType.Name}; register its assembly with AddGrainsFromAssembly.");

    public GrainClassInfo GetClass(string grainType) =>
        _classes.TryGetValue(grainType, out var info)
            ? info
            : throw new InvalidOperationException($"Unknown grain type '{grainType}'.");

    public bool TryGetMethod(string id, out GrainMethod method) => _methods.TryGetValue(id, out method!);

    public TGrain CreateProxy<TGrain>(GrainReference reference, GrainInterfaceInfo info)
    {
        var factory = _proxyFactories.GetOrAdd(typeof(TGrain), static t =>
            s_createProxy.MakeGenericMethod(t, typeof(GrainProxy)).CreateDelegate<Func<object>>());
        var proxy = factory();
        ((GrainProxy)proxy).Initialize(reference, info);
        return (TGrain)proxy;
    }

    private static bool IsGrainInterface(Type type) =>
        typeof(IGrain).IsAssignableFrom(type)
        && type != typeof(IGrain)
        && type != typeof(IGrainWithStringKey)
        && type != typeof(IGrainWithGuidKey);
}
