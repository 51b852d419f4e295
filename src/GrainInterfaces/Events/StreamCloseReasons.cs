namespace Vrss.GrainInterfaces.Events;

/// <summary>
/// Why the server ended a live stream, as the <c>reason</c> of its last event, <c>stream.closed</c> (API.md "Live
/// stream"). A client that reads one should not reconnect by itself.
/// </summary>
public static class StreamCloseReasons
{
    /// <summary>The user opened more streams than <c>Vrss:Events:MaxStreamsPerUser</c>: the oldest is closed.</summary>
    public const string TooManyStreams = "too_many_streams";

    /// <summary>The stream's session was revoked (logout, <c>auth.revokeSession</c>, a password change or reset).</summary>
    public const string SessionRevoked = "session_revoked";

    /// <summary>The stream's session expired.</summary>
    public const string SessionExpired = "session_expired";
}
