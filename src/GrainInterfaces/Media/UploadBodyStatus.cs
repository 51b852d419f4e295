namespace Vrss.GrainInterfaces.Media;

/// <summary>Whether an upload takes a body PUT to its Local upload URL (<see cref="IUploadSessionGrain.ClaimBodyAsync"/>).</summary>
public enum UploadBodyStatus
{
    /// <summary>Claimed (the body may arrive) or, from <see cref="IUploadSessionGrain.AcceptBodyAsync"/>, stored.</summary>
    Accepted,

    /// <summary>The upload already has its body, one is arriving, or it completed.</summary>
    AlreadyReceived,

    /// <summary>The upload failed verification or was deleted: it takes no body any more.</summary>
    Closed,

    /// <summary>The upload expired.</summary>
    Expired,
}
