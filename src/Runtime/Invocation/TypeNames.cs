namespace Vrss.Runtime.Invocation;

/// <summary>Formats type names that are stable across assembly versions, for method ids.</summary>
internal static class TypeNames
{
    public static string Format(Type type)
    {
        if (type.IsArray)
        {
            return Format(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        var name = type.GetGenericTypeDefinition().FullName ?? type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        return $"{name}<{string.Join(",", type.GetGenericArguments().Select(Format))}>";
    }
}
