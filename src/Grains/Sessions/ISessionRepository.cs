using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Sessions;

/// <summary>The <c>sessions</c> table: one row per live or expired session; a revoked session has no row.</summary>
public interface ISessionRepository
{
    /// <summary>Inserts a session.</summary>
    Task InsertAsync(SessionRecord session);

    /// <summary>The session with this token hash, or null.</summary>
    Task<SessionRecord?> GetAsync(byte[] tokenHash);

    /// <summary>Moves a session's expiry (a renewal is a use too); false when the session no longer exists.</summary>
    Task<bool> RenewAsync(byte[] tokenHash, DateTimeOffset renewedAt, DateTimeOffset expiresAt);

    /// <summary>Records a session's last use; false when the session no longer exists.</summary>
    Task<bool> TouchAsync(byte[] tokenHash, DateTimeOffset lastUsedAt);

    /// <summary>Deletes a session; false when it did not exist.</summary>
    Task<bool> DeleteAsync(byte[] tokenHash);

    /// <summary>The token hashes of every session of a user.</summary>
    Task<IReadOnlyList<byte[]>> ListTokenHashesAsync(string userId);

    /// <summary>A page of a user's sessions unexpired at <paramref name="now"/>, newest login first.</summary>
    Task<Page<SessionRecord>> ListAsync(string userId, DateTimeOffset now, string? cursor, int limit);

    /// <summary>The token hash of the session of <paramref name="userId"/> with this public id, or null (also when it is another user's).</summary>
    Task<byte[]?> FindTokenHashAsync(string userId, string sessionId);

    /// <summary>Deletes sessions that expired before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset before);
}
