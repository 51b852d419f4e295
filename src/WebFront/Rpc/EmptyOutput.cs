namespace Vrss.WebFront.Rpc;

/// <summary>The <c>{}</c> answer.</summary>
public sealed record EmptyOutput
{
    /// <summary>The one value.</summary>
    public static EmptyOutput Instance { get; } = new();
}
