namespace Vrss.Runtime.Activation;

/// <summary>The life of an activation: it only moves forward.</summary>
internal enum ActivationStatus
{
    Activating,
    Valid,
    Deactivating,
    Invalid,
}
