using Microsoft.AspNetCore.Http;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Http;

namespace Vrss.WebFront.Sessions;

/// <summary>
/// The request's session, checked with its session grain on first use and remembered for the request. A
/// session renewed by the check gets a fresh cookie when it came from the cookie. Lookups are limited per client
/// address (<see cref="SessionLookupGuard"/>).
/// </summary>
public sealed class SessionFeature
{
    private readonly HttpContext _context;
    private readonly IGrainFactory _grains;
    private readonly SessionLookupGuard _guard;
    private Task<SessionLookup>? _lookup;

    internal SessionFeature(HttpContext context, IGrainFactory grains, SessionLookupGuard guard, string? token, bool fromCookie)
    {
        _context = context;
        _grains = grains;
        _guard = guard;
        Token = token;
        FromCookie = fromCookie;
    }

    /// <summary>The token the request carried (bearer header first, then cookie), if any.</summary>
    public string? Token { get; }

    /// <summary>Whether <see cref="Token"/> came from the cookie.</summary>
    public bool FromCookie { get; }

    /// <summary>The session as checked, once a check finished; null before (or when it failed).</summary>
    public SessionLookup? Resolved => _lookup is { IsCompletedSuccessfully: true } lookup ? lookup.Result : null;

    /// <summary>Checks the session (once per request).</summary>
    public Task<SessionLookup> GetAsync() => _lookup ??= LookUpAsync();

    private async Task<SessionLookup> LookUpAsync()
    {
        if (Token is null)
        {
            return SessionLookup.None;
        }

        if (!SecretToken.IsWellFormed(Token))
        {
            return new SessionLookup(SessionStatus.Unknown, null, true);
        }

        var address = ClientAddress.KeyOf(_context);
        _guard.ThrowIfRefused(_context, address);
        var key = SecretToken.KeyOf(Token);
        // Safe to repeat (it renews the last use at most), so a silo leaving mid-call costs a retry, not the request.
        var grain = _grains.GetGrain<ISessionGrain>(key);
        var check = await Failover.RetryAsync(grain.ValidateAsync).ConfigureAwait(false);
        if (check is not { Status: SessionStatus.Active, Session: { } session })
        {
            // A dead cookie would come back with every request a page makes (media included) and count each time.
            if (FromCookie && !_context.Response.HasStarted)
            {
                SessionCookie.Delete(_context);
            }

            // Only tokens that were never (or are no longer) sessions look like guessing; an expired session is a
            // returning member, and there are no more of those than there were sign-ins.
            if (check.Status == SessionStatus.Unknown)
            {
                await _guard.CountFailedLookupAsync(_context, address).ConfigureAwait(false);
            }

            return new SessionLookup(check.Status, null, true);
        }

        if (check.Renewed && FromCookie && !_context.Response.HasStarted)
        {
            SessionCookie.Append(_context, Token);
        }

        return new SessionLookup(SessionStatus.Active, new CallerSession(session.UserId, key, session.CreatedAt, session.ExpiresAt, session.SessionId), true);
    }
}
