namespace Vrss.WebFront.Rpc.Schema;

/// <summary>Declares the closed set of values of a text field that is not bound to a .NET enum.</summary>
/// <param name="values">The allowed values.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldEnumAttribute(params string[] values) : Attribute
{
    /// <summary>The allowed values.</summary>
    public IReadOnlyList<string> Values { get; } = values;
}
