using Microsoft.Extensions.Logging;

namespace Vrss.Grains.Email;

/// <summary>
/// The <see cref="IEmailSender"/>: queues each message in the outbox for a relay (<see cref="OutboxRelay"/> when
/// SMTP is configured), and wakes this silo's relay. The log gets the
/// message's id and subject only: bodies carry single-use tokens, and recipients are personal data.
/// </summary>
public sealed partial class OutboxEmailSender(IEmailOutboxRepository outbox, OutboxSignal signal, TimeProvider time, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    /// <inheritdoc />
    public async Task SendAsync(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
        await outbox.AddAsync(new OutboxMessage(id, message.To, message.Subject, message.Body, time.GetUtcNow())).ConfigureAwait(false);
        LogQueued(logger, id, message.Subject);
        signal.Notify();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Id} queued: {Subject}")]
    private static partial void LogQueued(ILogger logger, string id, string subject);
}
