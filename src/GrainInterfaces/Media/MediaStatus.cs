namespace Vrss.GrainInterfaces.Media;

/// <summary>Where an upload is in its life. The numbers are stored in the database.</summary>
public enum MediaStatus
{
    /// <summary>Initiated; its size is reserved against the owner's quota until it completes or expires.</summary>
    Pending = 0,

    /// <summary>Verified and counted as used.</summary>
    Completed = 1,

    /// <summary>Verification failed; the reservation was released.</summary>
    Failed = 2,

    /// <summary>Never completed before its upload URL expired; the reservation was released.</summary>
    Expired = 3,
}
