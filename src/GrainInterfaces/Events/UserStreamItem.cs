namespace Vrss.GrainInterfaces.Events;

/// <summary>
/// What travels from a user's event log to their live connections (<see cref="IUserStreamObserver"/>):
/// an event, or the news that one of the user's sessions was revoked (its connections must close).
/// </summary>
/// <param name="Event">An event of the user's log.</param>
/// <param name="RevokedSessionKey">The key of a session that was revoked (logout, password change or reset).</param>
[GenerateSerializer, Immutable]
public sealed record UserStreamItem(UserEvent? Event, string? RevokedSessionKey);
