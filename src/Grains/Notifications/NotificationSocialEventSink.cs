using Vrss.Grains.Social;

namespace Vrss.Grains.Notifications;

/// <summary>Turns the social grains' events (follows, reactions, comments, connection requests and acceptances) into notifications.</summary>
public sealed class NotificationSocialEventSink(NotificationSender sender) : ISocialEventSink
{
    /// <inheritdoc />
    public Task PublishAsync(SocialEvent socialEvent)
    {
        ArgumentNullException.ThrowIfNull(socialEvent);
        return sender.NotifyAsync(socialEvent.Type, socialEvent.RecipientId, socialEvent.ActorId, socialEvent.PostId);
    }
}
