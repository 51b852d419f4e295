using System.Linq.Expressions;
using System.Reflection;
using Vrss.Runtime.Core;

namespace Vrss.Runtime.Invocation;

/// <summary>
/// One method of a grain interface with everything the runtime needs to call it: compiled delegates for
/// the proxy side and the grain side, its scheduling flags, and a stable id for the wire.
/// </summary>
public sealed class GrainMethod
{
    private static readonly MethodInfo s_callAsync =
        typeof(GrainMethod).GetMethod(nameof(CallAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<object, object?[], Task> _invoke;
    private readonly Func<GrainReference, GrainMethod, object?[], Task> _proxyCall;
    private readonly Func<Task, object?> _getResult;

    internal GrainMethod(Type grainInterface, MethodInfo method)
    {
        InterfaceType = grainInterface;
        Method = method;
        Name = method.Name;
        ParameterTypes = method.GetParameters().Select(p => p.ParameterType).ToArray();
        if (method.ReturnType == typeof(Task))
        {
            ResultType = null;
        }
        else if (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            ResultType = method.ReturnType.GetGenericArguments()[0];
        }
        else
        {
            throw new InvalidOperationException(
                $"{grainInterface.Name}.{method.Name} must return Task or Task<T>; grain calls are asynchronous.");
        }

        if (ParameterTypes.Any(t => t.IsByRef))
        {
            throw new InvalidOperationException($"{grainInterface.Name}.{method.Name} has a ref or out parameter.");
        }

        IsReadOnly = method.IsDefined(typeof(ReadOnlyAttribute), true);
        IsAlwaysInterleave = method.IsDefined(typeof(AlwaysInterleaveAttribute), true);
        IsIdempotent = IsReadOnly || method.IsDefined(typeof(IdempotentAttribute), true);
        Id = $"{TypeNames.Format(grainInterface)}.{method.Name}({string.Join(",", ParameterTypes.Select(TypeNames.Format))})";

        _invoke = CompileInvoker(grainInterface, method, ParameterTypes);
        var resultType = ResultType ?? typeof(object);
        _proxyCall = s_callAsync.MakeGenericMethod(resultType)
            .CreateDelegate<Func<GrainReference, GrainMethod, object?[], Task>>();
        _getResult = CompileResultGetter(ResultType);
    }

    /// <summary>The grain interface that declares the method.</summary>
    public Type InterfaceType { get; }

    /// <summary>The interface method.</summary>
    public MethodInfo Method { get; }

    /// <summary>The method name.</summary>
    public string Name { get; }

    /// <summary>A stable id used on the wire: interface, name and parameter types.</summary>
    public string Id { get; }

    /// <summary>The declared parameter types, in order.</summary>
    public Type[] ParameterTypes { get; }

    /// <summary>The <c>T</c> of <c>Task&lt;T&gt;</c>, or null for <see cref="Task"/>.</summary>
    public Type? ResultType { get; }

    /// <summary>Read-only requests interleave with each other.</summary>
    public bool IsReadOnly { get; }

    /// <summary>Requests interleave with anything.</summary>
    public bool IsAlwaysInterleave { get; }

    /// <summary>Safe to retry once on another silo.</summary>
    public bool IsIdempotent { get; }

    /// <summary>Invokes the method on a grain instance.</summary>
    internal Task Invoke(object grain, object?[] arguments) => _invoke(grain, arguments);

    /// <summary>Reads the result of a completed task returned by <see cref="Invoke"/>.</summary>
    internal object? GetResult(Task completed) => _getResult(completed);

    /// <summary>Starts a call through the runtime and returns the task the proxy hands to its caller.</summary>
    internal Task ProxyCall(GrainReference reference, object?[] arguments) => _proxyCall(reference, this, arguments);

    /// <inheritdoc />
    public override string ToString() => Id;

    private static Task CallAsync<T>(GrainReference reference, GrainMethod method, object?[] arguments) =>
        reference.Runtime.CallAsync<T>(reference.GrainId, method, arguments);

    private static Func<object, object?[], Task> CompileInvoker(Type grainInterface, MethodInfo method, Type[] parameterTypes)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var call = Expression.Call(
            Expression.Convert(grain, grainInterface),
            method,
            parameterTypes.Select((t, i) => Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), t)));
        return Expression.Lambda<Func<object, object?[], Task>>(Expression.Convert(call, typeof(Task)), grain, args).Compile();
    }

    private static Func<Task, object?> CompileResultGetter(Type? resultType)
    {
        if (resultType is null)
        {
            return static _ => null;
        }

        var task = Expression.Parameter(typeof(Task), "task");
        var result = Expression.Property(Expression.Convert(task, typeof(Task<>).MakeGenericType(resultType)), "Result");
        return Expression.Lambda<Func<Task, object?>>(Expression.Convert(result, typeof(object)), task).Compile();
    }
}
