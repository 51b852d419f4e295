namespace Vrss.Grains.Data;

/// <summary>The database could not be reached (down, restarting, refusing connections); retrying later may succeed.</summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException() : this("The database is unavailable.") { }

    /// <summary>Creates the exception with a message.</summary>
    public StorageUnavailableException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public StorageUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
