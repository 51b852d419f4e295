using System.Linq.Expressions;

namespace Vrss.Runtime.Invocation;

/// <summary>A grain interface, its methods, the grain class that implements it, and its generated proxy type.</summary>
internal sealed class GrainInterfaceInfo
{
    private readonly Dictionary<System.Reflection.MethodInfo, GrainMethod> _byMethod;
    private readonly Func<GrainProxy> _createProxy;

    public GrainInterfaceInfo(Type interfaceType, GrainClassInfo grainClass)
    {
        InterfaceType = interfaceType;
        GrainClass = grainClass;
        var methods = interfaceType.GetInterfaces().Append(interfaceType)
            .SelectMany(type => type.GetMethods().Select(method => new GrainMethod(type, method)))
            .ToArray();
        Methods = methods;
        _byMethod = methods.ToDictionary(m => m.Method);
        var proxyType = ProxyTypeGenerator.Generate(interfaceType, [.. methods.Select(m => m.Method)]);
        _createProxy = Expression.Lambda<Func<GrainProxy>>(Expression.New(proxyType)).Compile();
    }

    public Type InterfaceType { get; }

    public GrainClassInfo GrainClass { get; }

    /// <summary>The methods, in the order the generated proxy numbers them.</summary>
    public GrainMethod[] Methods { get; }

    public GrainMethod GetMethod(System.Reflection.MethodInfo method) =>
        _byMethod.TryGetValue(method, out var m)
            ? m
            : throw new InvalidOperationException($"{method.Name} is not a method of {InterfaceType.Name}.");

    public GrainProxy CreateProxy(GrainReference reference)
    {
        var proxy = _createProxy();
        proxy.Initialize(reference, Methods);
        return proxy;
    }
}
