namespace Vrss.Grains.Email;

/// <summary>
/// The <c>email_outbox</c> table: messages waiting for delivery. Bodies carry single-use tokens in the clear
/// (a relay must send them), so a message is kept only until it is delivered or its tokens are dead.
/// </summary>
public interface IEmailOutboxRepository
{
    /// <summary>Queues a message.</summary>
    Task AddAsync(OutboxMessage message);

    /// <summary>The waiting messages to one recipient (compared case-insensitively), oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListForRecipientAsync(string recipient);

    /// <summary>Up to <paramref name="limit"/> waiting messages, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListPendingAsync(int limit);

    /// <summary>Removes a message a relay delivered; false when it was already gone.</summary>
    Task<bool> DeleteAsync(string id);

    /// <summary>Removes the messages queued before <paramref name="cutoff"/>; answers how many went.</summary>
    Task<int> DeleteQueuedBeforeAsync(DateTimeOffset cutoff);
}
