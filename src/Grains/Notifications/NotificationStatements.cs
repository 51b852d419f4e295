using Vrss.GrainInterfaces.Notifications;
using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Notifications;

/// <summary>The SQL of <see cref="PostgresNotificationRepository"/> (schema: deploy/sql/0026_notifications.sql, 0151_notification_content_removed.sql).</summary>
internal static class NotificationStatements
{
    public const string Columns = "id, recipient_id, type, actor_id, post_id, created_at, read, reason";

    // The conflict target is the partial unique index over reaction notifications (type 1): a repeated reaction
    // by one actor to one post updates the one row, atomically even when the repeats race.
    public const string AddSql = $"""
        INSERT INTO notifications AS n (id, recipient_id, type, actor_id, post_id, created_at, read, reason)
        VALUES (@id, @recipient, @type, @actor, @post, @at, false, @reason)
        ON CONFLICT (recipient_id, actor_id, post_id) WHERE type = 1
        DO UPDATE SET created_at = greatest(n.created_at, excluded.created_at), read = false
        RETURNING {Columns}
        """;

    public const string ListSql = $"""
        SELECT {Columns} FROM notifications
        WHERE recipient_id = @recipient AND created_at >= @since AND (created_at, id) < (@before_at, @before_id)
        ORDER BY created_at DESC, id DESC
        LIMIT @limit
        """;

    public const string CountUnreadSql = """
        SELECT count(*) FROM notifications WHERE recipient_id = @recipient AND NOT read
        """;

    // One statement marks and counts: the count runs on the snapshot taken before the update, so the rows
    // this statement marked are subtracted from it.
    public const string MarkReadSql = """
        WITH marked AS (
            UPDATE notifications SET read = true
            WHERE recipient_id = @recipient AND id = ANY (@ids) AND NOT read
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM marked),
               (SELECT count(*) FROM notifications WHERE recipient_id = @recipient AND NOT read) - (SELECT count(*) FROM marked)
        """;

    public const string MarkAllReadSql = """
        WITH marked AS (
            UPDATE notifications SET read = true
            WHERE recipient_id = @recipient AND NOT read
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM marked),
               (SELECT count(*) FROM notifications WHERE recipient_id = @recipient AND NOT read) - (SELECT count(*) FROM marked)
        """;

    public static SqlStatement Add(string notificationId, string recipientId, NotificationType type, string actorId, string? postId, DateTimeOffset at, string? reason = null) =>
        new(AddSql, Text("id", notificationId), Text("recipient", recipientId), SmallInt("type", (short)type), Text("actor", actorId), Text("post", postId), Time("at", at), Text("reason", reason));

    public static SqlStatement List(string recipientId, DateTimeOffset since, TimeCursor before, int limit) =>
        new(ListSql, Text("recipient", recipientId), Time("since", since), Time("before_at", before.At), Text("before_id", before.Id), Integer("limit", limit + 1));

    public static SqlStatement CountUnread(string recipientId) => new(CountUnreadSql, Text("recipient", recipientId));

    public static SqlStatement MarkRead(string recipientId, IReadOnlyCollection<string> notificationIds) =>
        new(MarkReadSql, Text("recipient", recipientId), TextArray("ids", notificationIds));

    public static SqlStatement MarkAllRead(string recipientId) => new(MarkAllReadSql, Text("recipient", recipientId));
}
