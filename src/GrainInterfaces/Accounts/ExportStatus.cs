namespace Vrss.GrainInterfaces.Accounts;

/// <summary>Where an export stands.</summary>
public enum ExportStatus
{
    /// <summary>Being built.</summary>
    Pending,

    /// <summary>Built; downloadable until it expires.</summary>
    Ready,

    /// <summary>Building it failed; start another.</summary>
    Failed,

    /// <summary>Past its expiry; the archive is gone.</summary>
    Expired,
}
