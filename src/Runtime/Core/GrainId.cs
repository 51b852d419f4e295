namespace Vrss.Runtime.Core;

/// <summary>The identity of a grain: its grain type name and its key.</summary>
/// <param name="Type">The grain type name (see <see cref="GrainTypeAttribute"/>).</param>
/// <param name="Key">The key; a <see cref="Guid"/> key is held in its "D" format.</param>
public readonly record struct GrainId(string Type, string Key)
{
    /// <inheritdoc />
    public override string ToString() => $"{Type}/{Key}";
}
