namespace Vrss.Grains.Sessions;

/// <summary>The <c>sessions</c> table: one row per live or expired session; a revoked session has no row.</summary>
public interface ISessionRepository
{
    /// <summary>Inserts a session.</summary>
    Task InsertAsync(SessionRecord session);

    /// <summary>The session with this token hash, or null.</summary>
    Task<SessionRecord?> GetAsync(byte[] tokenHash);

    /// <summary>Moves a session's expiry; false when the session no longer exists.</summary>
    Task<bool> RenewAsync(byte[] tokenHash, DateTimeOffset renewedAt, DateTimeOffset expiresAt);

    /// <summary>Deletes a session; false when it did not exist.</summary>
    Task<bool> DeleteAsync(byte[] tokenHash);

    /// <summary>The token hashes of every session of a user.</summary>
    Task<IReadOnlyList<byte[]>> ListTokenHashesAsync(string userId);

    /// <summary>Deletes sessions that expired before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset before);
}
