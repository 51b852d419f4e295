using Orleans.Concurrency;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Sessions;

namespace Vrss.Grains.Sessions;

/// <summary>
/// A user's sessions as a list, read from the <c>sessions</c> table. Revoking goes through the session's own grain,
/// which drops its cached copy, deletes the row and closes the session's live streams, as a logout does.
/// </summary>
// Stateless: it holds nothing, so it runs on the silo that took the request instead of hopping elsewhere.
[StatelessWorker]
[Reentrant]
public sealed class UserSessionsGrain(ISessionRepository sessions, TimeProvider time) : Grain, IUserSessionsGrain
{
    private string UserId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<Page<SessionSummary>> ListAsync(string? cursor, int limit)
    {
        var page = await sessions.ListAsync(UserId, time.GetUtcNow(), cursor, limit);
        return new Page<SessionSummary>(
            [.. page.Items.Select(s => new SessionSummary(s.SessionId, s.CreatedAt, s.LastUsedAt, s.Ip, s.UserAgent))],
            page.NextCursor);
    }

    /// <inheritdoc />
    public async Task<bool> RevokeAsync(string sessionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        if (await sessions.FindTokenHashAsync(UserId, sessionId) is not { } tokenHash)
        {
            return false;
        }

        await GrainFactory.GetGrain<ISessionGrain>(Convert.ToHexStringLower(tokenHash)).RevokeAsync();
        return true;
    }
}
