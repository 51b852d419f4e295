namespace Vrss.GrainInterfaces.Events;

/// <summary>
/// What travels from a user's event log to their live connections (<see cref="IUserStreamObserver"/>): an event,
/// the news that one of the user's sessions was revoked (its connections must close), or, to one connection only,
/// the order to close.
/// </summary>
/// <param name="Event">An event of the user's log.</param>
/// <param name="RevokedSessionKey">The key of a session that was revoked (logout, password change or reset).</param>
/// <param name="CloseReason">
/// Set when the receiving connection must close, one of <see cref="StreamCloseReasons"/> (the log dropped its
/// subscription). Last, so that a silo of the previous build still reads the fields it knows.
/// </param>
[GenerateSerializer, Immutable]
public sealed record UserStreamItem(UserEvent? Event, string? RevokedSessionKey, string? CloseReason = null);
