namespace Vrss.WebFront.Events;

/// <summary>Why a live stream ended.</summary>
internal enum CloseReason
{
    /// <summary>Still open.</summary>
    None,

    /// <summary>The client went away, or the handler finished.</summary>
    Finished,

    /// <summary>The session was revoked or expired: the response ends cleanly.</summary>
    SessionEnded,

    /// <summary>The client fell too far behind: the connection is aborted and the client resumes.</summary>
    TooSlow,

    /// <summary>The silo is shutting down: the client reconnects to another.</summary>
    Shutdown,
}
