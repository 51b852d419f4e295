namespace Vrss.WebFront.Rpc.Schema;

/// <summary>Declares the most items a list field may have.</summary>
/// <param name="max">The most items.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldItemsAttribute(int max) : Attribute
{
    /// <summary>The most items.</summary>
    public int Max { get; } = max;
}
