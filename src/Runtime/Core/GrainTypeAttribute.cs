namespace Vrss.Runtime.Core;

/// <summary>
/// Names a grain class's type. The name is part of every grain id and of every storage row, so it must
/// not change when the class is renamed. Without it the name is the class name minus a "Grain" suffix,
/// lower-cased.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The grain type name.</summary>
    public string Name { get; } = name;
}
