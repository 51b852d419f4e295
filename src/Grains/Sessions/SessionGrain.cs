using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Sessions;
using Vrss.Grains.Data;
using Vrss.Grains.Users;

namespace Vrss.Grains.Sessions;

/// <summary>
/// One session (keyed by the hex SHA-256 of its token), cached from the <c>sessions</c> row so that checking a
/// request costs no database round trip (its last use is written at most once per
/// <see cref="AccountOptions.SessionLastUseInterval"/>). Revocation deletes the row and the cached copy in one turn, then tells
/// the user's live streams (on whichever silos) so that those opened with this session close at once.
/// </summary>
public sealed partial class SessionGrain(
    ISessionRepository sessions,
    IOptions<AccountOptions> options,
    TimeProvider time,
    ILogger<SessionGrain> logger) : Grain, ISessionGrain
{
    /// <summary>How long a session grain that found no live session stays active before it deactivates.</summary>
    public static readonly TimeSpan RetireAfter = TimeSpan.FromSeconds(5);

    private SessionRecord? _session;
    private IGrainTimer? _retire;

    private byte[] TokenHash => Convert.FromHexString(this.GetPrimaryKeyString());

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken) => _session = await sessions.GetAsync(TokenHash);

    /// <inheritdoc />
    public async Task<SessionInfo> StartAsync(string userId, SessionDevice device)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(device);
        if (_session is not null)
        {
            throw new VrssException(ErrorCode.Conflict, "This session already exists.");
        }

        var now = time.GetUtcNow();
        var session = new SessionRecord(
            TokenHash, NewSessionId(), userId, now, now, now + options.Value.SessionLifetime, now, Bounded(device.Ip, SessionDevice.MaxIpLength), Bounded(device.UserAgent, SessionDevice.MaxUserAgentLength));
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
            RetireSoon();
            return new SessionCheck(SessionStatus.Unknown, null, false);
        }

        var now = time.GetUtcNow();
        if (now >= session.ExpiresAt)
        {
            RetireSoon();
            return new SessionCheck(SessionStatus.Expired, null, false);
        }

        if (now - session.RenewedAt < options.Value.SessionRenewalAge)
        {
            return await TouchAsync(session, now)
                ? new SessionCheck(SessionStatus.Active, Info(session), false)
                : Gone();
        }

        var renewed = session with { RenewedAt = now, ExpiresAt = now + options.Value.SessionLifetime, LastUsedAt = now };
        if (!await sessions.RenewAsync(TokenHash, renewed.RenewedAt, renewed.ExpiresAt))
        {
            return Gone();
        }

        _session = renewed;
        return new SessionCheck(SessionStatus.Active, Info(renewed), true);
    }

    // The last use is written when the written one is older than the interval: at most one write per session per
    // interval, however busy the session. False when the row is gone.
    private async Task<bool> TouchAsync(SessionRecord session, DateTimeOffset now)
    {
        if (now - session.LastUsedAt < options.Value.SessionLastUseInterval)
        {
            return true;
        }

        // Moved first: a failed write is not retried by every request until the next interval.
        _session = session with { LastUsedAt = now };
        try
        {
            return await sessions.TouchAsync(TokenHash, now);
        }
        catch (StorageUnavailableException exception)
        {
            // Only the "last used" shown to the owner lags; the session itself is still good.
            LogTouchFailed(logger, exception, session.UserId);
            return true;
        }
    }

    // The row is gone: revoked through another activation during a membership change.
    private SessionCheck Gone()
    {
        _session = null;
        return new SessionCheck(SessionStatus.Unknown, null, false);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The last use of a session of user {UserId} could not be recorded")]
    private static partial void LogTouchFailed(ILogger logger, Exception exception, string userId);

    // Deactivating at once would thrash under a burst of the same dead token: every call would find the activation
    // leaving and be forwarded to a new one, which leaves again, until Orleans gives up forwarding. A few seconds keep
    // the answer in memory for the burst and still free the activation long before the collection age.
    private void RetireSoon() =>
        _retire ??= this.RegisterGrainTimer(
            _ =>
            {
                DeactivateOnIdle();
                return Task.CompletedTask;
            },
            new GrainTimerCreationOptions(RetireAfter, Timeout.InfiniteTimeSpan));

    private static SessionInfo Info(SessionRecord session) => new(session.UserId, session.CreatedAt, session.ExpiresAt, session.SessionId);

    // 128 random bits as hex: a public name for the session that says nothing about its token.
    private static string NewSessionId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    // The web front shortens these already; the grain keeps to the column limits whoever calls it.
    private static string? Bounded(string? text, int max) => text is { Length: > 0 } ? text[..Math.Min(text.Length, max)] : null;
}
