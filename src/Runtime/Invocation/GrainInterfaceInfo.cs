using System.Collections.Frozen;
using System.Reflection;

namespace Vrss.Runtime.Invocation;

/// <summary>A grain interface, its methods, and the grain class that implements it.</summary>
internal sealed class GrainInterfaceInfo
{
    private readonly FrozenDictionary<MethodInfo, GrainMethod> _methods;

    public GrainInterfaceInfo(Type interfaceType, GrainClassInfo grainClass)
    {
        InterfaceType = interfaceType;
        GrainClass = grainClass;
        var methods = new Dictionary<MethodInfo, GrainMethod>();
        foreach (var type in interfaceType.GetInterfaces().Append(interfaceType))
        {
            foreach (var method in type.GetMethods())
            {
                methods[method] = new GrainMethod(type, method);
            }
        }

        _methods = methods.ToFrozenDictionary();
    }

    public Type InterfaceType { get; }

    public GrainClassInfo GrainClass { get; }

    public IEnumerable<GrainMethod> Methods => _methods.Values;

    public GrainMethod GetMethod(MethodInfo method) =>
        _methods.TryGetValue(method, out var m)
            ? m
            : throw new InvalidOperationException($"{method.Name} is not a method of {InterfaceType.Name}.");
}
