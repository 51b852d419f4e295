namespace Vrss.Grains.Email;

/// <summary>One row of <c>email_outbox</c>: a message waiting for delivery.</summary>
/// <param name="Id">A time-ordered id.</param>
/// <param name="Recipient">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The text body (it carries single-use tokens, so the row goes once it is delivered).</param>
/// <param name="CreatedAt">When it was queued.</param>
public sealed record OutboxMessage(string Id, string Recipient, string Subject, string Body, DateTimeOffset CreatedAt);
