using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Notifications;

/// <summary>Notifications in memory, with the Postgres semantics.</summary>
public sealed class MemoryNotificationRepository(MemoryDatabase database) : INotificationRepository
{
    private readonly MemoryNotificationTable _table = database.Table<MemoryNotificationTable>();

    /// <inheritdoc />
    public Task<NotificationRecord> AddAsync(string notificationId, string recipientId, NotificationType type, string actorId, string? postId, DateTimeOffset at, string? reason = null)
    {
        NotificationChecks.New(notificationId, recipientId, type, actorId, postId, reason);
        var time = DbTime.Normalize(at);
        lock (_table.Gate)
        {
            if (type == NotificationType.Reaction && _table.Reactions.TryGetValue((recipientId, actorId, postId!), out var existingId))
            {
                var existing = _table.Rows[existingId];
                var bumped = existing with { CreatedAt = existing.CreatedAt > time ? existing.CreatedAt : time, Read = false };
                _table.Rows[existingId] = bumped;
                return Task.FromResult(bumped);
            }

            var row = new NotificationRecord(notificationId, recipientId, type, actorId, postId, time, false, reason);
            if (!_table.Rows.TryAdd(notificationId, row))
            {
                throw new InvalidOperationException($"Notification id '{notificationId}' is already used.");
            }

            if (type == NotificationType.Reaction)
            {
                _table.Reactions[(recipientId, actorId, postId!)] = notificationId;
            }

            return Task.FromResult(row);
        }
    }

    /// <inheritdoc />
    public Task<Page<NotificationRecord>> GetAsync(string recipientId, DateTimeOffset? since, string? cursor, int limit)
    {
        Guard.Id(recipientId, nameof(recipientId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var from = DbTime.Normalize(since ?? TimeCursor.Oldest.At);
        lock (_table.Gate)
        {
            return Task.FromResult(MemoryKeyset.Descending(
                Own(recipientId).Where(n => n.CreatedAt >= from),
                n => n.CreatedAt,
                n => n.Id,
                before,
                limit));
        }
    }

    /// <inheritdoc />
    public Task<int> CountUnreadAsync(string recipientId)
    {
        Guard.Id(recipientId, nameof(recipientId));
        lock (_table.Gate)
        {
            return Task.FromResult(Own(recipientId).Count(n => !n.Read));
        }
    }

    /// <inheritdoc />
    public Task<MarkReadResult> MarkReadAsync(string recipientId, IReadOnlyCollection<string> notificationIds)
    {
        Guard.Id(recipientId, nameof(recipientId));
        var ids = Guard.Ids(notificationIds, nameof(notificationIds)).ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(Mark(recipientId, n => ids.Contains(n.Id)));
    }

    /// <inheritdoc />
    public Task<MarkReadResult> MarkAllReadAsync(string recipientId)
    {
        Guard.Id(recipientId, nameof(recipientId));
        return Task.FromResult(Mark(recipientId, _ => true));
    }

    private MarkReadResult Mark(string recipientId, Func<NotificationRecord, bool> selected)
    {
        lock (_table.Gate)
        {
            var marked = 0;
            foreach (var row in Own(recipientId).Where(n => !n.Read && selected(n)).ToList())
            {
                _table.Rows[row.Id] = row with { Read = true };
                marked++;
            }

            return new MarkReadResult(marked, Own(recipientId).Count(n => !n.Read));
        }
    }

    private IEnumerable<NotificationRecord> Own(string recipientId) =>
        _table.Rows.Values.Where(n => string.Equals(n.RecipientId, recipientId, StringComparison.Ordinal));
}
