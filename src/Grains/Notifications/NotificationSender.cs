using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Users;
using Vrss.Runtime.Core;

namespace Vrss.Grains.Notifications;

/// <summary>
/// The one entry point the social grains call when something notifiable happened (after storing it): a follow,
/// a reaction, a comment, a connection request or acceptance, and mentions in a post or comment. Each
/// notification is handled by the recipient's <see cref="INotificationGrain"/>, wherever it lives.
/// </summary>
public sealed class NotificationSender(IGrainFactory grains)
{
    /// <summary>Notifies <paramref name="recipientId"/> that <paramref name="actorId"/> did <paramref name="type"/> (nothing when they are the same user).</summary>
    public Task NotifyAsync(NotificationType type, string recipientId, string actorId, string? postId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(recipientId);
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        return string.Equals(recipientId, actorId, StringComparison.Ordinal)
            ? Task.CompletedTask
            : grains.GetGrain<INotificationGrain>(recipientId).NotifyAsync(type, actorId, postId);
    }

    /// <summary>
    /// Notifies each existing user mentioned in <paramref name="text"/> (a post's or a comment's on
    /// <paramref name="postId"/>) once, except the author and <paramref name="alreadyNotified"/> (a post's author
    /// who already gets a <c>comment</c> notification, say). Returns the ids of the users notified. Call it only
    /// with text the mentioned users may read.
    /// </summary>
    public async Task<IReadOnlyList<string>> NotifyMentionsAsync(string actorId, string postId, string text, IReadOnlyCollection<string>? alreadyNotified = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        ArgumentException.ThrowIfNullOrEmpty(postId);
        var usernames = Mentions.Find(text);
        if (usernames.Count == 0)
        {
            return [];
        }

        var ids = await Task.WhenAll(usernames.Select(u => grains.GetGrain<IUserLookupGrain>(UserLookupKey.ForUsername(u)).FindUserIdAsync()));
        var recipients = ids
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Where(id => !string.Equals(id, actorId, StringComparison.Ordinal) && alreadyNotified?.Contains(id) != true)
            .ToList();
        await Task.WhenAll(recipients.Select(id => grains.GetGrain<INotificationGrain>(id).NotifyAsync(NotificationType.Mention, actorId, postId)));
        return recipients;
    }
}
