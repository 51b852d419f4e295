using System.Reflection;
using System.Reflection.Emit;

namespace Vrss.Runtime.Invocation;

/// <summary>
/// Emits, once per grain interface, a sealed <see cref="GrainProxy"/> subclass implementing it: each method
/// boxes its arguments into an array and calls <c>GrainProxy.Invoke</c> with its index. Creating a reference is
/// then one allocation, not a reflection call.
/// </summary>
internal static class ProxyTypeGenerator
{
    private static readonly MethodInfo s_invoke =
        typeof(GrainProxy).GetMethod("Invoke", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private static readonly ModuleBuilder s_module = AssemblyBuilder
        .DefineDynamicAssembly(new AssemblyName("Vrss.Runtime.GeneratedProxies"), AssemblyBuilderAccess.Run)
        .DefineDynamicModule("Vrss.Runtime.GeneratedProxies");

    private static readonly object s_lock = new();

    /// <summary>Generates the proxy type of <paramref name="interfaceType"/> for its methods in the given order.</summary>
    public static Type Generate(Type interfaceType, IReadOnlyList<MethodInfo> methods)
    {
        if (!interfaceType.IsVisible)
        {
            throw new InvalidOperationException($"Grain interface {interfaceType.FullName} must be public.");
        }

        lock (s_lock)
        {
            var type = s_module.DefineType(
                $"Vrss.Proxies.{interfaceType.FullName}.Proxy{Guid.NewGuid():N}",
                TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class,
                typeof(GrainProxy),
                [interfaceType]);
            type.DefineDefaultConstructor(MethodAttributes.Public);
            for (var index = 0; index < methods.Count; index++)
            {
                DefineMethod(type, methods[index], index);
            }

            return type.CreateType();
        }
    }

    private static void DefineMethod(TypeBuilder type, MethodInfo method, int index)
    {
        if (method.IsGenericMethodDefinition)
        {
            throw new InvalidOperationException($"{method.DeclaringType!.Name}.{method.Name}: generic grain methods are not supported.");
        }

        var parameters = method.GetParameters();
        var builder = type.DefineMethod(
            $"{method.DeclaringType!.FullName}.{method.Name}",
            MethodAttributes.Private | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot,
            method.ReturnType,
            [.. parameters.Select(p => p.ParameterType)]);
        var il = builder.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldc_I4, parameters.Length);
        il.Emit(OpCodes.Newarr, typeof(object));
        for (var i = 0; i < parameters.Length; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldarg, i + 1);
            if (parameters[i].ParameterType.IsValueType)
            {
                il.Emit(OpCodes.Box, parameters[i].ParameterType);
            }

            il.Emit(OpCodes.Stelem_Ref);
        }

        il.Emit(OpCodes.Call, s_invoke);
        il.Emit(OpCodes.Castclass, method.ReturnType);
        il.Emit(OpCodes.Ret);
        type.DefineMethodOverride(builder, method);
    }
}
