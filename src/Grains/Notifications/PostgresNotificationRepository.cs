using Npgsql;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Notifications;

/// <summary>Notifications in the <c>notifications</c> table.</summary>
public sealed class PostgresNotificationRepository(DbRetry db) : INotificationRepository
{
    /// <inheritdoc />
    public async Task<NotificationRecord> AddAsync(string notificationId, string recipientId, NotificationType type, string actorId, string? postId, DateTimeOffset at, string? reason = null)
    {
        NotificationChecks.New(notificationId, recipientId, type, actorId, postId, reason);
        try
        {
            var row = await db.QuerySingleAsync(
                NotificationStatements.Add(notificationId, recipientId, type, actorId, postId, at, reason), Read, repeatable: false).ConfigureAwait(false);
            return row!;
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "notifications_pkey" })
        {
            throw new InvalidOperationException($"Notification id '{notificationId}' is already used.", exception);
        }
    }

    /// <inheritdoc />
    public async Task<Page<NotificationRecord>> GetAsync(string recipientId, DateTimeOffset? since, string? cursor, int limit)
    {
        Guard.Id(recipientId, nameof(recipientId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(
            NotificationStatements.List(recipientId, since ?? TimeCursor.Oldest.At, before, limit), Read).ConfigureAwait(false);
        return Pages.From(rows, limit, n => new TimeCursor(n.CreatedAt, n.Id).Encode());
    }

    /// <inheritdoc />
    public async Task<int> CountUnreadAsync(string recipientId)
    {
        Guard.Id(recipientId, nameof(recipientId));
        return (int)await db.ScalarAsync<long>(NotificationStatements.CountUnread(recipientId)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<MarkReadResult> MarkReadAsync(string recipientId, IReadOnlyCollection<string> notificationIds)
    {
        Guard.Id(recipientId, nameof(recipientId));
        var ids = Guard.Ids(notificationIds, nameof(notificationIds));
        var result = await db.QuerySingleAsync(NotificationStatements.MarkRead(recipientId, ids), ReadMarked, repeatable: false).ConfigureAwait(false);
        return result!;
    }

    /// <inheritdoc />
    public async Task<MarkReadResult> MarkAllReadAsync(string recipientId)
    {
        Guard.Id(recipientId, nameof(recipientId));
        var result = await db.QuerySingleAsync(NotificationStatements.MarkAllRead(recipientId), ReadMarked, repeatable: false).ConfigureAwait(false);
        return result!;
    }

    private static MarkReadResult ReadMarked(NpgsqlDataReader reader) => new((int)reader.GetInt64(0), (int)reader.GetInt64(1));

    private static NotificationRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        (NotificationType)reader.GetInt16(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetFieldValue<DateTimeOffset>(5),
        reader.GetBoolean(6),
        reader.IsDBNull(7) ? null : reader.GetString(7));
}
