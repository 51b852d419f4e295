namespace Vrss.Grains.Email;

/// <summary>A plain-text email.</summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The text body.</param>
public sealed record EmailMessage(string To, string Subject, string Body);
