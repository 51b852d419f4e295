using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.Grains.Hosting;
using Vrss.Grains.Users;

namespace Vrss.Grains.Sessions;

/// <summary>
/// Deletes sessions that expired longer ago than <see cref="AccountOptions.ExpiredSessionRetention"/>, so the
/// table does not grow without end.
/// </summary>
public sealed class SessionSweeper(
    ISessionRepository sessions,
    TimeProvider time,
    IOptions<AccountOptions> options,
    ILogger<SessionSweeper> logger) : PeriodicSweeper(time, logger)
{
    /// <inheritdoc />
    protected override string What => "long-expired sessions";

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.SweepInterval;

    /// <inheritdoc />
    protected override Task<int> SweepOnceAsync() =>
        sessions.DeleteExpiredAsync(Time.GetUtcNow() - options.Value.ExpiredSessionRetention);
}
