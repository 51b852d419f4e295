namespace Vrss.Runtime.Core;

/// <summary>Thrown when a call cannot reach a silo (it died, or is shutting down).</summary>
public sealed class SiloUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SiloUnavailableException() : this("The silo is unavailable.") { }

    /// <summary>Creates the exception with a message.</summary>
    public SiloUnavailableException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public SiloUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
