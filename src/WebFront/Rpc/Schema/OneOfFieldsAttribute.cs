namespace Vrss.WebFront.Rpc.Schema;

/// <summary>
/// Declares that at least one of <paramref name="fields"/> must be given (an <c>anyOf</c> of <c>required</c> in the
/// schema), such as <c>username</c> or <c>userId</c>.
/// </summary>
/// <param name="fields">The wire names of the fields.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OneOfFieldsAttribute(params string[] fields) : Attribute
{
    /// <summary>The wire names.</summary>
    public IReadOnlyList<string> Fields { get; } = fields;
}
