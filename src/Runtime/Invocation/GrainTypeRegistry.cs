using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using Vrss.Runtime.Core;
using Vrss.Runtime.Hosting;

namespace Vrss.Runtime.Invocation;

/// <summary>Every grain class and interface the silo knows, built once at start-up.</summary>
internal sealed class GrainTypeRegistry
{
    private readonly FrozenDictionary<Type, GrainInterfaceInfo> _interfaces;
    private readonly FrozenDictionary<string, GrainClassInfo> _classes;
    private readonly FrozenDictionary<string, GrainMethod> _methods;

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

    public static TGrain CreateProxy<TGrain>(GrainReference reference, GrainInterfaceInfo info) => (TGrain)(object)info.CreateProxy(reference);

    private static bool IsGrainInterface(Type type) =>
        typeof(IGrain).IsAssignableFrom(type)
        && type != typeof(IGrain)
        && type != typeof(IGrainWithStringKey)
        && type != typeof(IGrainWithGuidKey);
}
