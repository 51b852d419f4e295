using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Users;

/// <summary>
/// The lifecycle SQL of <see cref="PostgresUserRepository"/>: renames, email changes, scheduled purges
/// (schema: deploy/sql/0110_account_lifecycle.sql).
/// </summary>
internal static class UserLifecycleStatements
{
    // The trigger users_claim_username claims the new name (or fails as users_username_unique); the old one is read
    // under the row lock so the reservation below names exactly what was replaced.
    public const string RenameSql = """
        UPDATE users AS u SET username = @username
        FROM (SELECT id, username AS old_username FROM users WHERE id = @id FOR UPDATE) AS o
        WHERE u.id = o.id
        RETURNING o.old_username
        """;

    public const string ReserveOldNameSql = """
        UPDATE username_claims SET reserved_until = @reserved_until WHERE username = @username AND user_id = @id
        """;

    public const string FindReservedSql = """
        SELECT user_id FROM username_claims WHERE username = @username AND reserved_until > @now
        """;

    public const string ChangeEmailSql = """
        UPDATE users SET email = @email, email_normalized = @email_normalized, email_verified_at = @verified_at,
                         credential_version = credential_version + 1
        WHERE id = @id
        """;

    public const string SetPurgeAtSql = """
        UPDATE users SET purge_at = @purge_at WHERE id = @id
        """;

    public const string PurgeDueSql = """
        SELECT id FROM users WHERE purge_at <= @now ORDER BY purge_at LIMIT @limit
        """;

    public const string DeleteClaimsSql = """
        DELETE FROM username_claims WHERE user_id = @id
        """;

    public const string DeleteUserSql = """
        DELETE FROM users WHERE id = @id
        """;

    public const string ReleaseReservedSql = """
        DELETE FROM username_claims WHERE reserved_until <= @now
        """;

    public static SqlStatement Rename(string id, string username) => new(RenameSql, Text("id", id), Text("username", username));

    public static SqlStatement ReserveOldName(string id, string username, DateTimeOffset reservedUntil) =>
        new(ReserveOldNameSql, Text("id", id), Text("username", username), Time("reserved_until", reservedUntil));

    public static SqlStatement FindReserved(string username, DateTimeOffset now) => new(FindReservedSql, Text("username", username), Time("now", now));

    public static SqlStatement ChangeEmail(string id, string email, DateTimeOffset verifiedAt) => new(
        ChangeEmailSql,
        Text("id", id),
        Text("email", email),
        Text("email_normalized", Vrss.GrainInterfaces.Users.UserLookupKey.NormalizeEmail(email)),
        Time("verified_at", verifiedAt));

    public static SqlStatement SetPurgeAt(string id, DateTimeOffset? purgeAt) => new(SetPurgeAtSql, Text("id", id), Time("purge_at", purgeAt));

    public static SqlStatement PurgeDue(DateTimeOffset now, int limit) => new(PurgeDueSql, Time("now", now), Integer("limit", limit));

    public static SqlStatement DeleteClaims(string id) => new(DeleteClaimsSql, Text("id", id));

    public static SqlStatement DeleteUser(string id) => new(DeleteUserSql, Text("id", id));

    public static SqlStatement ReleaseReserved(DateTimeOffset now) => new(ReleaseReservedSql, Time("now", now));
}
