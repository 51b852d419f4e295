using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Accounts;

/// <summary>
/// The SQL of <see cref="PostgresAccountDataRepository"/>: what a purge reads, then deletes, one table at a time by the
/// account's id (indexes: deploy/sql/0110_account_lifecycle.sql and the tables' own).
/// </summary>
internal static class AccountDataStatements
{
    public const string PostIdsSql = "SELECT id FROM posts WHERE author_id = @id AND deleted_at IS NULL";

    public const string CommentsOnOthersSql = """
        SELECT c.id, c.post_id FROM comments AS c JOIN posts AS p ON p.id = c.post_id
        WHERE c.author_id = @id AND p.author_id <> @id
        """;

    public const string ReactionsSql = "SELECT post_id, type FROM reactions WHERE user_id = @id";

    public const string CommentsSql = "SELECT id, post_id, author_id, content, created_at FROM comments WHERE author_id = @id ORDER BY created_at, id";

    public const string MediaKeysSql = "SELECT storage_key FROM media WHERE owner_id = @id";

    public const string EmailChangeAddressesSql = "SELECT DISTINCT lower(new_email) FROM email_changes WHERE user_id = @id";

    // 'simple' splits a name at its underscores; the phrase of its parts finds every post that may mention it.
    public const string PostsMentioningSql = """
        SELECT id, author_id, content FROM posts
        WHERE search_vector @@ phraseto_tsquery('simple', @username) AND deleted_at IS NULL AND author_id <> @id
        """;

    public const string CommentsMentioningSql = """
        SELECT id, author_id, content FROM comments WHERE lower(content) LIKE @pattern ESCAPE '\' AND author_id <> @id
        """;

    public const string SetCommentContentSql = "UPDATE comments SET content = @content WHERE id = @id";

    public const string DeleteReactionsByUserSql = "DELETE FROM reactions WHERE user_id = @id";

    public const string DeleteReactionsOnPostsSql = "DELETE FROM reactions WHERE post_id IN (SELECT id FROM posts WHERE author_id = @id)";

    public const string DeleteCommentsByUserSql = "DELETE FROM comments WHERE author_id = @id";

    public const string DeleteCommentsOnPostsSql = "DELETE FROM comments WHERE post_id IN (SELECT id FROM posts WHERE author_id = @id)";

    public const string DeleteNotificationsReceivedSql = "DELETE FROM notifications WHERE recipient_id = @id";

    public const string DeleteNotificationsCausedSql = "DELETE FROM notifications WHERE actor_id = @id";

    public const string DeleteFollowingSql = "DELETE FROM follows WHERE follower_id = @id";

    public const string DeleteFollowersSql = "DELETE FROM follows WHERE followee_id = @id";

    public const string DeleteFollowRequestsMadeSql = "DELETE FROM follow_requests WHERE requester_id = @id";

    public const string DeleteFollowRequestsReceivedSql = "DELETE FROM follow_requests WHERE target_id = @id";

    public const string DeleteConnectionRequestsSentSql = "DELETE FROM connection_requests WHERE from_user_id = @id";

    public const string DeleteConnectionRequestsReceivedSql = "DELETE FROM connection_requests WHERE to_user_id = @id";

    public const string DeleteConnectionsSql = "DELETE FROM connections WHERE user_id = @id";

    public const string DeleteConnectionPeersSql = "DELETE FROM connections WHERE peer_id = @id";

    public const string DeletePostsSql = "DELETE FROM posts WHERE author_id = @id";

    public const string DeleteReportsFiledSql = "DELETE FROM reports WHERE reporter_id = @id";

    // Reports about the account quote its posts and comments.
    public const string DeleteReportsAboutSql = "DELETE FROM reports WHERE target_user_id = @id";

    public const string DeletePullAuthorSql = "DELETE FROM feed_pull_authors WHERE user_id = @id";

    public const string DeleteMediaSql = "DELETE FROM media WHERE owner_id = @id";

    public const string DeleteSessionsSql = "DELETE FROM sessions WHERE user_id = @id";

    public const string DeleteEmailTokensSql = "DELETE FROM email_tokens WHERE user_id = @id";

    public const string DeleteEmailChangesSql = "DELETE FROM email_changes WHERE user_id = @id";

    public const string DeleteEmailsSql = "DELETE FROM email_outbox WHERE lower(recipient) = ANY (@emails)";

    public const string DeleteIdempotencyKeysSql = "DELETE FROM idempotency_keys WHERE user_id = @id";

    // Others' recorded answers that show the account (a connection request's card, say); older ones have expired.
    public const string DeleteIdempotencyMentionsSql = "DELETE FROM idempotency_keys WHERE created_at >= @since AND strpos(answer, @id) > 0";

    public const string DeleteExportsSql = "DELETE FROM data_exports WHERE user_id = @id";

    // The staff's standing of the account (a suspension would otherwise come back into every silo's hidden authors at
    // its next load); the audit log keeps what staff did.
    public const string DeleteStandingSql = "DELETE FROM account_standing WHERE user_id = @id";

    // Grain state keyed by the account (its User, storage, events and devices grains), keyed by a hash of one of its
    // rate-limit subjects, or holding its id (others' event backlogs showing its card: caches, a resuming stream
    // gets a reset). The table is Orleans' and has no index for this; a purge is rare.
    public const string DeleteGrainStateSql = """
        DELETE FROM orleansstorage
        WHERE grainidextensionstring = @id
           OR split_part(grainidextensionstring, '/', 2) = ANY (@hashes)
           OR position(convert_to(@id, 'UTF8') IN coalesce(payloadbinary, '')) > 0
        """;

    public const string DeleteRemindersSql = "DELETE FROM orleansreminderstable WHERE strpos(grainid, @id) > 0";

    /// <summary>Every delete of a purge, in the order they run (children before the posts they hang on).</summary>
    public static IReadOnlyList<SqlStatement> Purge(PurgeTarget target, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(target);
        var id = target.UserId;
        SqlStatement Of(string sql) => new(sql, Text("id", id));
        return
        [
            Of(DeleteReactionsByUserSql),
            Of(DeleteReactionsOnPostsSql),
            Of(DeleteCommentsByUserSql),
            Of(DeleteCommentsOnPostsSql),
            Of(DeleteNotificationsReceivedSql),
            Of(DeleteNotificationsCausedSql),
            Of(DeleteFollowingSql),
            Of(DeleteFollowersSql),
            Of(DeleteFollowRequestsMadeSql),
            Of(DeleteFollowRequestsReceivedSql),
            Of(DeleteConnectionRequestsSentSql),
            Of(DeleteConnectionRequestsReceivedSql),
            Of(DeleteConnectionsSql),
            Of(DeleteConnectionPeersSql),
            Of(DeletePostsSql),
            Of(DeleteReportsFiledSql),
            Of(DeleteReportsAboutSql),
            Of(DeletePullAuthorSql),
            Of(DeleteMediaSql),
            Of(DeleteSessionsSql),
            Of(DeleteEmailTokensSql),
            Of(DeleteEmailChangesSql),
            DeleteEmails(target.Emails),
            Of(DeleteIdempotencyKeysSql),
            DeleteIdempotencyMentions(id, since),
            Of(DeleteExportsSql),
            Of(DeleteStandingSql),
            DeleteGrainState(target),
            Of(DeleteRemindersSql),
        ];
    }

    public static SqlStatement ById(string sql, string id) => new(sql, Text("id", id));

    public static SqlStatement PostsMentioning(string id, string username) => new(PostsMentioningSql, Text("id", id), Text("username", username));

    public static SqlStatement CommentsMentioning(string id, string username) =>
        new(CommentsMentioningSql, Text("id", id), Text("pattern", "%@" + username.Replace("_", "\\_", StringComparison.Ordinal) + "%"));

    public static SqlStatement SetCommentContent(string commentId, string content) => new(SetCommentContentSql, Text("id", commentId), Text("content", content));

    public static SqlStatement DeleteEmails(IReadOnlyCollection<string> emails) =>
        new(DeleteEmailsSql, TextArray("emails", [.. emails.Select(e => e.ToLowerInvariant())]));

    public static SqlStatement DeleteIdempotencyMentions(string id, DateTimeOffset since) =>
        new(DeleteIdempotencyMentionsSql, Text("id", id), Time("since", since));

    public static SqlStatement DeleteGrainState(PurgeTarget target) =>
        new(DeleteGrainStateSql, Text("id", target.UserId), TextArray("hashes", target.RateLimitSubjectHashes()));
}
