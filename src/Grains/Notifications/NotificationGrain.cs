using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Users;
using Vrss.Runtime.Core;

namespace Vrss.Grains.Notifications;

/// <summary>
/// The notifications of one recipient. Rows live in <see cref="INotificationRepository"/> (which keeps a
/// repeated reaction as one row); each new row becomes an event of the recipient's <see cref="IUserEventsGrain"/>.
/// </summary>
public sealed class NotificationGrain(INotificationRepository notifications, TimeProvider time) : Grain, INotificationGrain
{
    private string RecipientId => GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<NotificationView?> NotifyAsync(NotificationType type, string actorId, string? postId)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not a notification type.");
        }

        if (string.Equals(actorId, RecipientId, StringComparison.Ordinal))
        {
            return null;
        }

        var actor = await CardAsync(actorId, orPlaceholder: false);
        var id = Guid.CreateVersion7().ToString("N");
        var row = await notifications.AddAsync(id, RecipientId, type, actorId, postId, time.GetUtcNow());
        var view = View(row, actor);

        // A repeated reaction returns the existing row: the recipient already heard about it.
        if (string.Equals(row.Id, id, StringComparison.Ordinal))
        {
            await GrainFactory.GetGrain<IUserEventsGrain>(RecipientId).AppendNotificationAsync(view);
        }

        return view;
    }

    /// <inheritdoc />
    public async Task<NotificationPage> GetAsync(DateTimeOffset? since, string? cursor, int limit)
    {
        var page = await notifications.GetAsync(RecipientId, since, cursor, limit);
        var unread = await notifications.CountUnreadAsync(RecipientId);
        var actorIds = page.Items.Select(n => n.ActorId).Distinct(StringComparer.Ordinal).ToList();
        var cards = await Task.WhenAll(actorIds.Select(a => CardAsync(a, orPlaceholder: true)));
        var byId = cards.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return new NotificationPage([.. page.Items.Select(n => View(n, byId[n.ActorId]))], page.NextCursor, unread);
    }

    /// <inheritdoc />
    public async Task<int> MarkReadAsync(IReadOnlyList<string> notificationIds)
    {
        ArgumentNullException.ThrowIfNull(notificationIds);
        return (await notifications.MarkReadAsync(RecipientId, notificationIds)).Unread;
    }

    /// <inheritdoc />
    public async Task<int> MarkAllReadAsync() => (await notifications.MarkAllReadAsync(RecipientId)).Unread;

    private async Task<NotificationActor> CardAsync(string userId, bool orPlaceholder)
    {
        try
        {
            var profile = await GrainFactory.GetGrain<IUserGrain>(userId).GetProfileAsync();
            return new NotificationActor(profile.Id, profile.Username, profile.DisplayName, profile.AvatarUrl);
        }
        catch (VrssException exception) when (orPlaceholder && exception.Code == ErrorCode.UserNotFound)
        {
            // An account that no longer exists still leaves its notifications readable.
            return new NotificationActor(userId, "", "", null);
        }
    }

    private static NotificationView View(NotificationRecord row, NotificationActor actor) =>
        new(row.Id, row.Type, actor, row.PostId, row.CreatedAt, row.Read);
}
