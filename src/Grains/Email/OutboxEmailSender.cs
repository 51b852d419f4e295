using Microsoft.Extensions.Logging;

namespace Vrss.Grains.Email;

/// <summary>
/// The default <see cref="IEmailSender"/>: writes each message to the outbox table and to the log, so a
/// developer (or a test) can follow emailed links without a mail server.
/// </summary>
public sealed partial class OutboxEmailSender(IEmailOutboxRepository outbox, TimeProvider time, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    /// <inheritdoc />
    public async Task SendAsync(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
        await outbox.AddAsync(new OutboxMessage(id, message.To, message.Subject, message.Body, time.GetUtcNow(), null)).ConfigureAwait(false);
        LogQueued(logger, id, message.To, message.Subject, message.Body);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Id} to {To}: {Subject}\n{Body}")]
    private static partial void LogQueued(ILogger logger, string id, string to, string subject, string body);
}
