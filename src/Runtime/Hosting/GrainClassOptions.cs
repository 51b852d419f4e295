namespace Vrss.Runtime.Hosting;

/// <summary>The grain classes this silo can activate.</summary>
public sealed class GrainClassOptions
{
    /// <summary>Grain classes; filled by <c>AddGrainsFromAssembly</c>.</summary>
    public IList<Type> GrainClasses { get; } = [];
}
