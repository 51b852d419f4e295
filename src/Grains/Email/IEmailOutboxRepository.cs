namespace Vrss.Grains.Email;

/// <summary>The <c>email_outbox</c> table.</summary>
public interface IEmailOutboxRepository
{
    /// <summary>Queues a message.</summary>
    Task AddAsync(OutboxMessage message);

    /// <summary>The messages to one recipient (compared case-insensitively), oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListForRecipientAsync(string recipient);

    /// <summary>Up to <paramref name="limit"/> unsent messages, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListUnsentAsync(int limit);

    /// <summary>Marks a message delivered; false when it does not exist or was already marked.</summary>
    Task<bool> MarkSentAsync(string id, DateTimeOffset sentAt);
}
