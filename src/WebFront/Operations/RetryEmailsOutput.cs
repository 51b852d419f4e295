namespace Vrss.WebFront.Operations;

/// <summary>The output of <c>admin.retryEmails</c>.</summary>
/// <param name="Retried">How many failed messages are due again.</param>
public sealed record RetryEmailsOutput(int Retried);
