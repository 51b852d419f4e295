using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Sessions;
using Vrss.Grains.Users;

namespace Vrss.Grains.Sessions;

/// <summary>
/// One session (keyed by the hex SHA-256 of its token), cached from the <c>sessions</c> row so that checking a
/// request costs no database round trip. Revocation deletes the row and the cached copy in one turn, then tells
/// the user's live streams (on whichever silos) so that those opened with this session close at once.
/// </summary>
public sealed partial class SessionGrain(
    ISessionRepository sessions,
    IOptions<AccountOptions> options,
    TimeProvider time,
    ILogger<SessionGrain> logger) : Grain, ISessionGrain
{
    private SessionRecord? _session;

    private byte[] TokenHash => Convert.FromHexString(this.GetPrimaryKeyString());

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken) => _session = await sessions.GetAsync(TokenHash);

    /// <inheritdoc />
    public async Task<SessionInfo> StartAsync(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (_session is not null)
        {
            throw new VrssException(ErrorCode.Conflict, "This session already exists.");
        }

        var now = time.GetUtcNow();
        var session = new SessionRecord(TokenHash, userId, now, now, now + options.Value.SessionLifetime);
        await sessions.InsertAsync(session);
        _session = session;
        return Info(session);
    }

    /// <inheritdoc />
    public async Task<SessionCheck> ValidateAsync()
    {
        // A token that is not a live session (a guess, an old cookie) has nothing worth keeping in memory: staying
        // active until the collection age would let anyone fill a silo with activations by sending random tokens.
        if (_session is not { } session)
        {
            DeactivateOnIdle();
            return new SessionCheck(SessionStatus.Unknown, null, false);
        }

        var now = time.GetUtcNow();
        if (now >= session.ExpiresAt)
        {
            DeactivateOnIdle();
            return new SessionCheck(SessionStatus.Expired, null, false);
        }

        if (now - session.RenewedAt < options.Value.SessionRenewalAge)
        {
            return new SessionCheck(SessionStatus.Active, Info(session), false);
        }

        var renewed = session with { RenewedAt = now, ExpiresAt = now + options.Value.SessionLifetime };
        if (!await sessions.RenewAsync(TokenHash, renewed.RenewedAt, renewed.ExpiresAt))
        {
            // The row is gone: revoked through another activation during a membership change.
            _session = null;
            return new SessionCheck(SessionStatus.Unknown, null, false);
        }

        _session = renewed;
        return new SessionCheck(SessionStatus.Active, Info(renewed), true);
    }

    /// <inheritdoc />
    public async Task RevokeAsync()
    {
        var userId = _session?.UserId;
        await sessions.DeleteAsync(TokenHash);
        _session = null;
        DeactivateOnIdle();
        if (userId is not null)
        {
            await AnnounceRevocationAsync(userId);
        }
    }

    private async Task AnnounceRevocationAsync(string userId)
    {
        try
        {
            await GrainFactory.GetGrain<IUserEventsGrain>(userId).SessionRevokedAsync(this.GetPrimaryKeyString());
        }
        catch (Exception exception) when (exception is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException)
        {
            // The session is gone either way; open streams also re-check their session at every heartbeat.
            LogAnnounceFailed(logger, exception, userId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A revoked session of user {UserId} could not be announced to its live streams")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception, string userId);

    private static SessionInfo Info(SessionRecord session) => new(session.UserId, session.CreatedAt, session.ExpiresAt);
}
