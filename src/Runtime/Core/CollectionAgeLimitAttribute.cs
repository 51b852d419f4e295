namespace Vrss.Runtime.Core;

/// <summary>Overrides, for one grain class, how long an activation may stay idle before it is collected.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CollectionAgeLimitAttribute : Attribute
{
    /// <summary>Minutes of idleness before collection.</summary>
    public double Minutes { get; init; }
}
