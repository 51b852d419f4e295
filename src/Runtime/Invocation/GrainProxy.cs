namespace Vrss.Runtime.Invocation;

/// <summary>
/// The base of every grain reference: generated subclasses implement a grain interface by handing each call,
/// with its arguments, to <see cref="Invoke"/>, which starts it through the silo's runtime.
/// </summary>
public abstract class GrainProxy
{
    private GrainReference? _reference;
    private GrainMethod[]? _methods;

    internal GrainReference Reference => _reference!;

    /// <inheritdoc />
    public override string ToString() => _reference!.GrainId.ToString();

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GrainProxy other && other._reference!.GrainId == _reference!.GrainId;

    /// <inheritdoc />
    public override int GetHashCode() => _reference!.GrainId.GetHashCode();

    internal void Initialize(GrainReference reference, GrainMethod[] methods)
    {
        _reference = reference;
        _methods = methods;
    }

    /// <summary>Called by generated proxies: starts the call of the interface's method number <paramref name="method"/>.</summary>
    protected object Invoke(int method, object?[] arguments) => _methods![method].ProxyCall(_reference!, arguments);
}
