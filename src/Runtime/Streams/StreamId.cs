namespace Vrss.Runtime.Streams;

/// <summary>Names a stream: a namespace (what kind of events) and a key (whose).</summary>
public readonly record struct StreamId(string Namespace, string Key)
{
    /// <inheritdoc />
    public override string ToString() => $"{Namespace}/{Key}";
}
