namespace Vrss.Runtime.Storage;

/// <summary>
/// On a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: injects state named
/// <see cref="StateName"/> from the storage provider <see cref="StorageName"/>, read before activation.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string storageName = PersistentStateAttribute.DefaultStorage) : Attribute
{
    /// <summary>The name of the default storage provider.</summary>
    public const string DefaultStorage = "Default";

    /// <summary>The state's name, unique within the grain.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The storage provider's name.</summary>
    public string StorageName { get; } = storageName;
}
