namespace Vrss.WebFront.Rpc.Schema;

/// <summary>
/// A rule of an input that spans fields (or needs more than JSON Schema says), stated in the schema's
/// <c>description</c> so that client developers read it where they read the fields.
/// </summary>
/// <param name="text">The rule, one sentence.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class InputRuleAttribute(string text) : Attribute
{
    /// <summary>The rule.</summary>
    public string Text { get; } = text;
}
