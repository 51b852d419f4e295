namespace Vrss.Grains.Data;

/// <summary>The database's schema has versions this silo does not know: it was migrated by a newer build.</summary>
public sealed class SchemaTooNewException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SchemaTooNewException() : this("The database schema is newer than this silo.") { }

    /// <summary>Creates the exception with a message.</summary>
    public SchemaTooNewException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public SchemaTooNewException(string message, Exception innerException) : base(message, innerException) { }
}
