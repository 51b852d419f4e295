namespace Vrss.GrainInterfaces.Social;

/// <summary>The state of a connection request. The numbers are stored in the database.</summary>
public enum ConnectionRequestStatus
{
    /// <summary>Waiting for the recipient's answer.</summary>
    Pending = 0,

    /// <summary>The recipient accepted: the two users are connected.</summary>
    Accepted = 1,

    /// <summary>The recipient declined.</summary>
    Declined = 2,

    /// <summary>The sender withdrew it before it was answered.</summary>
    Cancelled = 3,
}
