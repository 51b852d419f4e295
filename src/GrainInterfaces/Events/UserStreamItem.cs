namespace Vrss.GrainInterfaces.Events;

/// <summary>
/// What travels on a user's stream (<see cref="UserStreams.For"/>) to the silos holding their live connections:
/// an event, or the news that one of the user's sessions was revoked (its connections must close).
/// </summary>
/// <param name="Event">An event of the user's log.</param>
/// <param name="RevokedSessionKey">The key of a session that was revoked (logout, password change or reset).</param>
public sealed record UserStreamItem(UserEvent? Event, string? RevokedSessionKey);
