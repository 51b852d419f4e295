namespace Vrss.Grains.Email;

/// <summary>Sends email. Replace the default (<see cref="OutboxEmailSender"/>) with a real transport in production.</summary>
public interface IEmailSender
{
    /// <summary>Sends (or durably queues) a message; returns once it is recorded.</summary>
    Task SendAsync(EmailMessage message);
}
