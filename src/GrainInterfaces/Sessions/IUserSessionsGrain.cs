using Vrss.GrainInterfaces.Paging;

namespace Vrss.GrainInterfaces.Sessions;

/// <summary>
/// A user's sessions as a list (keyed by user id): what <c>auth.listSessions</c> shows, and revocation by public
/// id for <c>auth.revokeSession</c>. Every lookup is scoped to the key's user, so another user's session id is
/// simply not found.
/// </summary>
public interface IUserSessionsGrain : IGrainWithStringKey
{
    /// <summary>The user's unexpired sessions, newest login first.</summary>
    Task<Page<SessionSummary>> ListAsync(string? cursor, int limit);

    /// <summary>Revokes the user's session with this public id, cluster-wide; false when the user has no such session.</summary>
    Task<bool> RevokeAsync(string sessionId);
}
