using System.Reflection;

namespace Vrss.Runtime.Invocation;

/// <summary>The object behind every grain reference: turns interface calls into runtime calls.</summary>
public class GrainProxy : DispatchProxy
{
    private GrainReference? _reference;
    private GrainInterfaceInfo? _interface;

    internal GrainReference Reference => _reference!;

    internal void Initialize(GrainReference reference, GrainInterfaceInfo info)
    {
        _reference = reference;
        _interface = info;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.DeclaringType == typeof(object))
        {
            return targetMethod.Name switch
            {
                nameof(ToString) => _reference!.GrainId.ToString(),
                nameof(GetHashCode) => _reference!.GrainId.GetHashCode(),
                nameof(Equals) => args?[0] is GrainProxy other && other._reference!.GrainId == _reference!.GrainId,
                _ => throw new NotSupportedException(targetMethod.Name),
            };
        }

        var method = _interface!.GetMethod(targetMethod);
        return method.ProxyCall(_reference!, args ?? []);
    }
}
