namespace Vrss.Grains.Email;

/// <summary>One row of <c>email_outbox</c>: a message waiting for delivery, or one that failed for good.</summary>
/// <param name="Id">A time-ordered id.</param>
/// <param name="Recipient">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The text body (it carries single-use tokens, so the row goes once it is delivered).</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="Attempts">How many times a relay tried to deliver it.</param>
/// <param name="NextAttemptAt">When it is due next; null once delivery was given up.</param>
/// <param name="LastError">Why the last attempt failed (the server's answer, never the message).</param>
public sealed record OutboxMessage(
    string Id,
    string Recipient,
    string Subject,
    string Body,
    DateTimeOffset CreatedAt,
    int Attempts = 0,
    DateTimeOffset? NextAttemptAt = null,
    string? LastError = null);
