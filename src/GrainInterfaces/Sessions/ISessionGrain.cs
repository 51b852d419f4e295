namespace Vrss.GrainInterfaces.Sessions;

/// <summary>
/// One login session, keyed by the lower-case hex SHA-256 of its token (the token itself never reaches the
/// cluster). Being one activation cluster-wide, a revocation is seen by every silo's next request at once.
/// </summary>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Records a new session for <paramref name="userId"/>, started from <paramref name="device"/>.</summary>
    Task<SessionInfo> StartAsync(string userId, SessionDevice device);

    /// <summary>
    /// Checks the session, renewing its expiry when its last renewal is older than the renewal age. Its last use is
    /// recorded too, but written at most once per <c>SessionLastUseInterval</c>: not a database write per request.
    /// </summary>
    Task<SessionCheck> ValidateAsync();

    /// <summary>Ends the session; idempotent.</summary>
    Task RevokeAsync();
}
