using Microsoft.Extensions.Logging;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Users;
using Vrss.GrainInterfaces.Errors;

namespace Vrss.Grains.Notifications;

/// <summary>
/// The one entry point for notifying users: social events (a follow, a reaction, a comment, a connection request
/// or acceptance) arrive through <see cref="NotificationSocialEventSink"/>, and the Post grain sends mentions in
/// posts and comments. Each notification is handled by the recipient's <see cref="INotificationGrain"/>,
/// wherever it lives.
/// </summary>
public sealed partial class NotificationSender(IGrainFactory grains, ILogger<NotificationSender> logger)
{
    /// <summary>Notifies <paramref name="recipientId"/> that <paramref name="actorId"/> did <paramref name="type"/> (nothing when they are the same user).</summary>
    public Task NotifyAsync(NotificationType type, string recipientId, string actorId, string? postId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(recipientId);
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        return string.Equals(recipientId, actorId, StringComparison.Ordinal)
            ? Task.CompletedTask
            : Deliver(recipientId, type, actorId, postId);
    }

    /// <summary>
    /// Notifies each existing user mentioned in <paramref name="text"/> (a post's or a comment's on
    /// <paramref name="postId"/>) once, except the author, <paramref name="alreadyNotified"/> (a post's author who
    /// already gets a <c>comment</c> notification) and users for whom <paramref name="canSee"/> says no (the text is
    /// on a post they may not read). Returns the ids of the users notified. The post or comment is already stored:
    /// a recipient that cannot be notified is logged, and the others still are.
    /// </summary>
    public async Task<IReadOnlyList<string>> NotifyMentionsAsync(
        string actorId,
        string postId,
        string text,
        IReadOnlyCollection<string>? alreadyNotified = null,
        Func<string, Task<bool>>? canSee = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        ArgumentException.ThrowIfNullOrEmpty(postId);
        var usernames = Mentions.Find(text);
        if (usernames.Count == 0)
        {
            return [];
        }

        var ids = await Task.WhenAll(usernames.Select(u => grains.GetGrain<IUserLookupGrain>(UserLookupKey.ForUsername(u)).FindUserIdAsync()));
        var recipients = new List<string>();
        foreach (var id in ids.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!string.Equals(id, actorId, StringComparison.Ordinal) && alreadyNotified?.Contains(id) != true
                && (canSee is null || await canSee(id)))
            {
                recipients.Add(id);
            }
        }

        var sent = await Task.WhenAll(recipients.Select(id => TryNotifyAsync(id, actorId, postId)));
        return [.. recipients.Where((_, i) => sent[i])];
    }

    /// <summary>Tells <paramref name="authorId"/> that staff removed their post (or their comment on it) and why.</summary>
    public Task NotifyContentRemovedAsync(string authorId, string postId, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(authorId);
        var id = NewId();
        return Failover.RetryAsync(() => grains.GetGrain<INotificationGrain>(authorId).NotifyContentRemovedAsync(postId, reason, id));
    }

    // The id is chosen once, so a re-send after a silo's death stores and announces nothing twice.
    private Task Deliver(string recipientId, NotificationType type, string actorId, string? postId)
    {
        var id = NewId();
        return Failover.RetryAsync(() => grains.GetGrain<INotificationGrain>(recipientId).NotifyAsync(type, actorId, postId, id));
    }

    private async Task<bool> TryNotifyAsync(string recipientId, string actorId, string postId)
    {
        try
        {
            await Deliver(recipientId, NotificationType.Mention, actorId, postId);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogMentionFailed(logger, exception, recipientId, postId);
            return false;
        }
    }

    // One id per notification, made before the first delivery attempt, so that a retry is recognised.
    private static string NewId() => Guid.CreateVersion7().ToString("N");

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {RecipientId} could not be notified of a mention in post {PostId}")]
    private static partial void LogMentionFailed(ILogger logger, Exception exception, string recipientId, string postId);
}
