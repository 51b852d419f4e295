namespace Vrss.Testing;

/// <summary>One message an <see cref="SmtpListener"/> accepted: the envelope and the raw message (RFC 5322).</summary>
/// <param name="From">The envelope sender (MAIL FROM).</param>
/// <param name="To">The envelope recipients (RCPT TO).</param>
/// <param name="Data">The message as sent after DATA, dot-unstuffed.</param>
public sealed record ReceivedEmail(string From, IReadOnlyList<string> To, string Data);
