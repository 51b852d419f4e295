namespace Vrss.WebFront.Rpc.Schema;

/// <summary>Declares an id the client sends back: 1-100 visible ASCII characters (see <c>InputIds</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldIdAttribute : Attribute
{
    /// <summary>The pattern of an id (visible ASCII, no spaces).</summary>
    public const string Pattern = "^[\\x21-\\x7E]{1,100}$";
}
