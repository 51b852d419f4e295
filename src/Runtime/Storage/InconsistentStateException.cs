namespace Vrss.Runtime.Storage;

/// <summary>A write or clear found a stored version other than the one it expected.</summary>
public sealed class InconsistentStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InconsistentStateException() : this("The stored state changed since it was read.") { }

    /// <summary>Creates the exception with a message.</summary>
    public InconsistentStateException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public InconsistentStateException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a version mismatch.</summary>
    public InconsistentStateException(string message, string? storedEtag, string? currentEtag) : base(message)
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    /// <summary>The version found in storage.</summary>
    public string? StoredEtag { get; }

    /// <summary>The version the writer expected.</summary>
    public string? CurrentEtag { get; }
}
