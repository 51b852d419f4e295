namespace Vrss.Grains.Email;

/// <summary>
/// The <c>email_outbox</c> table. Bodies carry single-use tokens in the clear (a relay must send them), so a
/// message is kept only until it is delivered or its tokens are dead.
/// </summary>
public interface IEmailOutboxRepository
{
    /// <summary>Queues a message, due at once.</summary>
    Task AddAsync(OutboxMessage message);

    /// <summary>The messages to one recipient (compared case-insensitively), oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListForRecipientAsync(string recipient);

    /// <summary>Up to <paramref name="limit"/> messages, oldest first, with their delivery state.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListPendingAsync(int limit);

    /// <summary>
    /// Claims up to <paramref name="limit"/> messages due at <paramref name="now"/> for one relay: each counts an
    /// attempt and is not due again before <paramref name="leaseUntil"/>, so relays on other silos skip it.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit);

    /// <summary>Records a failed attempt: due again at <paramref name="nextAttemptAt"/>, or given up when null.</summary>
    Task RecordFailureAsync(string id, DateTimeOffset? nextAttemptAt, string error);

    /// <summary>Removes a message a relay delivered; false when it was already gone.</summary>
    Task<bool> DeleteAsync(string id);

    /// <summary>
    /// Makes given-up messages due at <paramref name="now"/> again with their attempts reset: those among
    /// <paramref name="ids"/>, or all when null. Messages whose bodies were blanked stay as they are. Answers how many.
    /// </summary>
    Task<int> RetryFailedAsync(IReadOnlyList<string>? ids, DateTimeOffset now);

    /// <summary>
    /// Retires the messages queued before <paramref name="cutoff"/> (their tokens are dead): those no relay ever tried
    /// are deleted; those a relay failed to deliver stay for operators, with their bodies blanked. Answers how many.
    /// </summary>
    Task<int> RetireQueuedBeforeAsync(DateTimeOffset cutoff);
}
