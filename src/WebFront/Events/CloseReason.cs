namespace Vrss.WebFront.Events;

/// <summary>Why a live stream ended.</summary>
internal enum CloseReason
{
    /// <summary>Still open.</summary>
    None,

    /// <summary>The client went away, or the handler finished.</summary>
    Finished,

    /// <summary>The session was revoked: the response ends cleanly, after a <c>stream.closed</c> event.</summary>
    SessionRevoked,

    /// <summary>The session expired: the response ends cleanly, after a <c>stream.closed</c> event.</summary>
    SessionExpired,

    /// <summary>The user opened one stream too many and this is the oldest: it ends after a <c>stream.closed</c> event.</summary>
    TooManyStreams,

    /// <summary>The client fell too far behind: the connection is aborted and the client resumes.</summary>
    TooSlow,

    /// <summary>The silo is shutting down: the client reconnects to another.</summary>
    Shutdown,
}
