using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Sessions;
using Vrss.Grains.Users;
using Vrss.Runtime.Core;

namespace Vrss.Grains.Sessions;

/// <summary>
/// One session (keyed by the hex SHA-256 of its token), cached from the <c>sessions</c> row so that checking a
/// request costs no database round trip. Revocation deletes the row and the cached copy in one turn.
/// </summary>
public sealed class SessionGrain(ISessionRepository sessions, IOptions<AccountOptions> options, TimeProvider time) : Grain, ISessionGrain
{
    private SessionRecord? _session;

    private byte[] TokenHash => Convert.FromHexString(GetPrimaryKeyString());

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
        if (_session is not { } session)
        {
            return new SessionCheck(SessionStatus.Unknown, null, false);
        }

        var now = time.GetUtcNow();
        if (now >= session.ExpiresAt)
        {
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
        await sessions.DeleteAsync(TokenHash);
        _session = null;
        DeactivateOnIdle();
    }

    private static SessionInfo Info(SessionRecord session) => new(session.UserId, session.CreatedAt, session.ExpiresAt);
}
