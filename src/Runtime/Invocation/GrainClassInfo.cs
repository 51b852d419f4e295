using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Runtime.Activation;
using Vrss.Runtime.Core;
using Vrss.Runtime.Storage;

namespace Vrss.Runtime.Invocation;

/// <summary>A grain class: its type name, scheduling and collection settings, and how to construct it.</summary>
internal sealed class GrainClassInfo
{
    private readonly ConstructorInfo _constructor;
    private readonly ParameterInfo[] _parameters;

    public GrainClassInfo(Type classType)
    {
        if (!typeof(Grain).IsAssignableFrom(classType) || classType.IsAbstract)
        {
            throw new InvalidOperationException($"{classType} is not a concrete grain class.");
        }

        ClassType = classType;
        GrainType = classType.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? DefaultName(classType);
        IsReentrant = classType.IsDefined(typeof(ReentrantAttribute), false);
        var ageMinutes = classType.GetCustomAttribute<CollectionAgeLimitAttribute>()?.Minutes;
        CollectionAge = ageMinutes is > 0 ? TimeSpan.FromMinutes(ageMinutes.Value) : null;
        var constructors = classType.GetConstructors();
        _constructor = constructors.Length == 1
            ? constructors[0]
            : throw new InvalidOperationException($"{classType.Name} must have exactly one public constructor.");
        _parameters = _constructor.GetParameters();
    }

    public Type ClassType { get; }

    public string GrainType { get; }

    public bool IsReentrant { get; }

    public TimeSpan? CollectionAge { get; }

    public Grain Create(GrainActivation activation, IServiceProvider services)
    {
        var args = new object?[_parameters.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var parameter = _parameters[i];
            var stateAttribute = parameter.GetCustomAttribute<PersistentStateAttribute>();
            if (stateAttribute is not null)
            {
                var stateType = parameter.ParameterType;
                if (!stateType.IsGenericType || stateType.GetGenericTypeDefinition() != typeof(IPersistentState<>))
                {
                    throw new InvalidOperationException(
                        $"{ClassType.Name}: [PersistentState] goes on a parameter of type IPersistentState<T>.");
                }

                args[i] = activation.CreatePersistentState(stateType.GetGenericArguments()[0], stateAttribute.StateName, stateAttribute.StorageName);
            }
            else
            {
                args[i] = services.GetService(parameter.ParameterType)
                    ?? (parameter.HasDefaultValue
                        ? parameter.DefaultValue
                        : throw new InvalidOperationException(
                            $"{ClassType.Name} needs a {parameter.ParameterType.Name} but none is registered."));
            }
        }

        return (Grain)_constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, args, null);
    }

    private static string DefaultName(Type type)
    {
        var name = type.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

        return name.ToLowerInvariant();
    }
}
