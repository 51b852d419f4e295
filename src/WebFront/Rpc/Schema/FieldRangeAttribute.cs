namespace Vrss.WebFront.Rpc.Schema;

/// <summary>Declares the inclusive range of a number field.</summary>
/// <param name="min">The smallest value.</param>
/// <param name="max">The largest value.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldRangeAttribute(long min, long max) : Attribute
{
    /// <summary>The smallest value.</summary>
    public long Min { get; } = min;

    /// <summary>The largest value.</summary>
    public long Max { get; } = max;
}
