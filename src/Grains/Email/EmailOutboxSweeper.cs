using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.Grains.Hosting;
using Vrss.Grains.Users;

namespace Vrss.Grains.Email;

/// <summary>
/// Retires outbox messages older than the longest-lived emailed token: whatever they carry can no longer be used,
/// so keeping the bodies would only keep secrets around. Messages a relay failed to deliver stay, blanked, for
/// operators.
/// </summary>
public sealed class EmailOutboxSweeper(
    IEmailOutboxRepository outbox,
    TimeProvider time,
    IOptions<AccountOptions> options,
    ILogger<EmailOutboxSweeper> logger) : PeriodicSweeper(time, logger)
{
    /// <inheritdoc />
    protected override string What => "outbox messages whose tokens expired";

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.SweepInterval;

    /// <inheritdoc />
    protected override Task<int> SweepOnceAsync()
    {
        var o = options.Value;
        var longest = o.EmailVerificationTokenLifetime > o.PasswordResetTokenLifetime ? o.EmailVerificationTokenLifetime : o.PasswordResetTokenLifetime;
        return outbox.RetireQueuedBeforeAsync(Time.GetUtcNow() - longest);
    }
}
