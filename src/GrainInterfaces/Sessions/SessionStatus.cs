namespace Vrss.GrainInterfaces.Sessions;

/// <summary>What a session check found.</summary>
public enum SessionStatus
{
    /// <summary>No such session (never created, logged out or revoked).</summary>
    Unknown,

    /// <summary>The session is valid.</summary>
    Active,

    /// <summary>The session existed but expired.</summary>
    Expired,
}
