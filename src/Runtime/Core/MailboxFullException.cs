namespace Vrss.Runtime.Core;

/// <summary>Thrown to a caller when the target activation already holds its maximum of queued requests.</summary>
public sealed class MailboxFullException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MailboxFullException() : this("The grain's mailbox is full.") { }

    /// <summary>Creates the exception with a message.</summary>
    public MailboxFullException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public MailboxFullException(string message, Exception innerException) : base(message, innerException) { }
}
