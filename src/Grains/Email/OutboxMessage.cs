namespace Vrss.Grains.Email;

/// <summary>One row of <c>email_outbox</c>.</summary>
/// <param name="Id">A time-ordered id.</param>
/// <param name="Recipient">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The text body.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="SentAt">When a relay delivered it, if one did.</param>
public sealed record OutboxMessage(string Id, string Recipient, string Subject, string Body, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
