namespace Vrss.Runtime.Serialization;

/// <summary>An exception from another silo whose type could not be rebuilt here.</summary>
public sealed class RemoteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RemoteException() : this("An exception was thrown on another silo.") { }

    /// <summary>Creates the exception with a message.</summary>
    public RemoteException(string message) : base(message) => OriginalType = "";

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public RemoteException(string message, Exception innerException) : base(message, innerException) => OriginalType = "";

    /// <summary>Creates the exception for a remote type.</summary>
    public RemoteException(string originalType, string message) : base(message) => OriginalType = originalType;

    /// <summary>The assembly-qualified name of the exception thrown remotely.</summary>
    public string OriginalType { get; }
}
