using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Vrss.Grains.Email;

/// <summary>
/// Delivers the outbox over SMTP. Each silo runs one; they claim disjoint batches, so every message is sent by one
/// relay (a relay that dies mid-batch leaves its claims to come due again after the lease, which can send a message
/// twice but never loses one). Delivered messages are deleted, since their bodies carry tokens; a failed one is
/// retried with doubling delays and, after <see cref="SmtpOptions.MaxAttempts"/>, left with its error for operators.
/// </summary>
public sealed partial class OutboxRelay(
    IEmailOutboxRepository outbox,
    IEmailTransport transport,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<SmtpOptions> options,
    IMeterFactory meters,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private readonly Counter<long> _sent = meters.Create("Vrss").CreateCounter<long>("vrss.emails.sent", "{email}", "Emails the SMTP server accepted");
    private readonly Counter<long> _failed = meters.Create("Vrss").CreateCounter<long>(
        "vrss.emails.failed", "{attempt}", "Failed delivery attempts (final: given up)");

    private const int BatchSize = 20;
    private static readonly TimeSpan s_lease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_longestDelay = TimeSpan.FromHours(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await DeliverDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database or the server is away; the claims come due again after their lease.
                LogRoundFailed(logger, exception);
            }

            if (sent < BatchSize)
            {
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Delivers one batch of due messages; answers how many were claimed.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var batch = await outbox.ClaimDueAsync(now, now + s_lease, BatchSize).ConfigureAwait(false);
        if (batch.Count == 0)
        {
            return 0;
        }

        IReadOnlyList<string?> results;
        try
        {
            results = await transport.SendAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Connecting or authenticating failed: every message of the batch failed the same way.
            var reason = $"{exception.GetType().Name}: {exception.Message}";
            results = [.. batch.Select(_ => reason)];
        }

        for (var i = 0; i < batch.Count; i++)
        {
            await SettleAsync(batch[i], results[i], now).ConfigureAwait(false);
        }

        return batch.Count;
    }

    private async Task SettleAsync(OutboxMessage message, string? failure, DateTimeOffset now)
    {
        if (failure is null)
        {
            await outbox.DeleteAsync(message.Id).ConfigureAwait(false);
            _sent.Add(1);
            LogSent(logger, message.Id, message.Attempts);
            return;
        }

        var o = options.Value;
        if (message.Attempts >= o.MaxAttempts)
        {
            await outbox.RecordFailureAsync(message.Id, null, failure).ConfigureAwait(false);
            _failed.Add(1, new KeyValuePair<string, object?>("final", true));
            LogGaveUp(logger, message.Id, message.Attempts, failure);
            return;
        }

        var delay = o.FirstRetryDelay * Math.Pow(2, message.Attempts - 1);
        var next = now + (delay < s_longestDelay ? delay : s_longestDelay);
        await outbox.RecordFailureAsync(message.Id, next, failure).ConfigureAwait(false);
        _failed.Add(1, new KeyValuePair<string, object?>("final", false));
        LogRetrying(logger, message.Id, message.Attempts, next, failure);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Id} delivered (attempt {Attempt})")]
    private static partial void LogSent(ILogger logger, string id, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {Id} failed (attempt {Attempt}), retrying at {NextAttemptAt}: {Reason}")]
    private static partial void LogRetrying(ILogger logger, string id, int attempt, DateTimeOffset nextAttemptAt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email {Id} given up after {Attempts} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string id, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An outbox delivery round failed; its messages come due again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
