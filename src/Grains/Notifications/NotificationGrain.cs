using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Users;
using Vrss.GrainInterfaces.Errors;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Notifications;

/// <summary>
/// The notifications of one recipient. Rows live in <see cref="INotificationRepository"/> (which keeps a
/// repeated reaction as one row); each new row becomes an event of the recipient's <see cref="IUserEventsGrain"/>.
/// Actors are shown by their current cards, read in one query per page.
/// </summary>
public sealed class NotificationGrain(INotificationRepository notifications, PostViews views, TimeProvider time) : Grain, INotificationGrain
{
    private string RecipientId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<NotificationView?> NotifyAsync(NotificationType type, string actorId, string? postId, string notificationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        ArgumentException.ThrowIfNullOrEmpty(notificationId);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not a notification type.");
        }

        if (string.Equals(actorId, RecipientId, StringComparison.Ordinal) || (await HiddenAsync()).Hides(actorId))
        {
            // Nobody hears of their own actions, nor (silently) of those of users they block, are blocked by or mute.
            return null;
        }

        return await StoreAsync(type, actorId, postId, null, notificationId);
    }

    /// <inheritdoc />
    public async Task<NotificationView> NotifyContentRemovedAsync(string postId, string reason, string notificationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(postId);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        ArgumentException.ThrowIfNullOrEmpty(notificationId);

        // Never hidden: the actor is the recipient, and staff's word reaches the author whoever they block or mute.
        return await StoreAsync(NotificationType.ContentRemoved, RecipientId, postId, reason, notificationId);
    }

    private async Task<NotificationView> StoreAsync(NotificationType type, string actorId, string? postId, string? reason, string notificationId)
    {
        var actor = (await views.CardsAsync([actorId]))[actorId];
        var now = time.GetUtcNow();
        NotificationRecord row;
        try
        {
            row = await notifications.AddAsync(notificationId, RecipientId, type, actorId, postId, now, reason);
        }
        catch (InvalidOperationException)
        {
            // The id is taken: this is a retry of a delivery whose row was stored. Finish announcing it (the
            // event log ignores it if that happened too).
            row = new NotificationRecord(notificationId, RecipientId, type, actorId, postId, now, false, reason);
        }

        var view = View(row, actor);

        // A repeated reaction returns the existing row: the recipient already heard about it.
        if (string.Equals(row.Id, notificationId, StringComparison.Ordinal))
        {
            await Failover.RetryAsync(() => GrainFactory.GetGrain<IUserEventsGrain>(RecipientId).AppendNotificationAsync(view));
        }

        return view;
    }

    /// <inheritdoc />
    public async Task<NotificationPage> GetAsync(DateTimeOffset? since, string? cursor, int limit)
    {
        var page = await notifications.GetAsync(RecipientId, since, cursor, limit);
        var unread = await notifications.CountUnreadAsync(RecipientId);

        // Notifications stored before a block or mute leave the list with it (and come back when it is lifted).
        var hidden = await HiddenAsync();
        var shown = hidden.IsEmpty ? page.Items : [.. page.Items.Where(n => !hidden.Hides(n.ActorId))];
        var cards = await views.CardsAsync(shown.Select(n => n.ActorId));
        return new NotificationPage([.. shown.Select(n => View(n, cards[n.ActorId]))], page.NextCursor, unread);
    }

    /// <inheritdoc />
    public async Task<int> MarkReadAsync(IReadOnlyList<string> notificationIds)
    {
        ArgumentNullException.ThrowIfNull(notificationIds);
        return (await notifications.MarkReadAsync(RecipientId, notificationIds)).Unread;
    }

    /// <inheritdoc />
    public async Task<int> MarkAllReadAsync() => (await notifications.MarkAllReadAsync(RecipientId)).Unread;

    private Task<BlockSnapshot> HiddenAsync() => GrainFactory.GetGrain<IBlockListGrain>(RecipientId).GetSnapshotAsync();

    private static NotificationView View(NotificationRecord row, UserCard actor) =>
        new(row.Id, row.Type, actor, row.PostId, row.CreatedAt, row.Read, row.Reason);
}
