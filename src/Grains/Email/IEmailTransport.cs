namespace Vrss.Grains.Email;

/// <summary>Hands messages to a mail server (the outbox relay's way out).</summary>
public interface IEmailTransport
{
    /// <summary>Delivers the messages in order; answers, per message, null when accepted or the server's refusal.</summary>
    Task<IReadOnlyList<string?>> SendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);
}
