using Npgsql;
using NpgsqlTypes;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Data;

namespace Vrss.Grains.Users;

/// <summary><see cref="IUserRepository"/> on the <c>users</c> table (deploy/sql/0010_users.sql).</summary>
public sealed class PostgresUserRepository(DbRetry db) : IUserRepository
{
    private const string Columns =
        "id, username, email, display_name, created_at, password_hash, email_verified_at, totp_secret, totp_pending_secret, totp_last_step, credential_version, totp_recovery_codes, purge_at";

    /// <inheritdoc />
    public Task InsertAsync(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    INSERT INTO users (id, username, email, email_normalized, display_name, created_at, password_hash,
                                       email_verified_at, totp_secret, totp_pending_secret, totp_last_step, totp_recovery_codes,
                                       credential_version)
                    VALUES (@id, @username, @email, @email_normalized, @display_name, @created_at, @password_hash,
                            @email_verified_at, @totp_secret, @totp_pending_secret, @totp_last_step, @totp_recovery_codes,
                            @version)
                    """,
                    connection);
                command.Parameters.AddWithValue("id", user.Id);
                command.Parameters.AddWithValue("username", user.Username);
                command.Parameters.AddWithValue("email", user.Email);
                command.Parameters.AddWithValue("email_normalized", user.NormalizedEmail);
                command.Parameters.AddWithValue("display_name", user.DisplayName);
                command.Parameters.AddWithValue("created_at", user.CreatedAt);
                AddCredentials(command, user.Credentials);
                command.Parameters.AddWithValue("version", user.Credentials.Version);
                try
                {
                    await command.ExecuteNonQueryAsync().ConfigureAwait(false);
                }
                catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
                {
                    throw exception.ConstraintName switch
                    {
                        "users_username_unique" => DuplicateErrors.Username(),
                        "users_email_unique" => DuplicateErrors.Email(),
                        _ => new Vrss.GrainInterfaces.Errors.VrssException(Vrss.GrainInterfaces.Errors.ErrorCode.Conflict, "An account with this id exists."),
                    };
                }

                return true;
            },
            repeatable: false);
    }

    /// <inheritdoc />
    public Task<UserRecord?> GetAsync(string id) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand($"SELECT {Columns} FROM users WHERE id = @id", connection);
                command.Parameters.AddWithValue("id", id);
                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                return await reader.ReadAsync().ConfigureAwait(false) ? Read(reader) : null;
            },
            repeatable: true);

    /// <inheritdoc />
    public Task<string?> FindIdByUsernameAsync(string username)
    {
        ArgumentNullException.ThrowIfNull(username);
        return FindIdAsync("SELECT id FROM users WHERE username = @value", username.ToLowerInvariant());
    }

    /// <inheritdoc />
    public Task<string?> FindIdByEmailAsync(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return FindIdAsync(
            "SELECT id FROM users WHERE email_normalized = @value",
            Vrss.GrainInterfaces.Users.UserLookupKey.NormalizeEmail(email));
    }

    /// <inheritdoc />
    public Task<bool> UpdateCredentialsAsync(string id, long expectedVersion, UserCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    UPDATE users SET password_hash = @password_hash, email_verified_at = @email_verified_at,
                                     totp_secret = @totp_secret, totp_pending_secret = @totp_pending_secret,
                                     totp_last_step = @totp_last_step, totp_recovery_codes = @totp_recovery_codes,
                                     credential_version = credential_version + 1
                    WHERE id = @id AND credential_version = @expected
                    """,
                    connection);
                command.Parameters.AddWithValue("id", id);
                command.Parameters.AddWithValue("expected", expectedVersion);
                AddCredentials(command, credentials);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
            },
            repeatable: false);
    }

    /// <inheritdoc />
    public Task<bool> UpdateDisplayNameAsync(string id, string displayName) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand("UPDATE users SET display_name = @display_name WHERE id = @id", connection);
                command.Parameters.AddWithValue("id", id);
                command.Parameters.AddWithValue("display_name", displayName);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
            },
            repeatable: true);

    /// <inheritdoc />
    public async Task<bool> UpdateCardAsync(string id, string displayName, string? avatarUrl) =>
        await db.ExecuteAsync(UserCardStatements.UpdateCard(id, displayName, avatarUrl), repeatable: true).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async Task<bool> UpdateProfileTextAsync(string id, string? profileText) =>
        await db.ExecuteAsync(UserCardStatements.UpdateProfileText(id, profileText), repeatable: true).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async Task<IReadOnlyList<UserCard>> GetCardsAsync(IReadOnlyCollection<string> ids)
    {
        var distinct = Guard.Ids(ids, nameof(ids));
        return distinct.Length == 0 ? [] : await db.QueryAsync(UserCardStatements.Cards(distinct), ReadCard).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UserCard>> SearchAsync(string query, int limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        Guard.Limit(limit, PageLimit.Max);
        return await db.QueryAsync(UserCardStatements.Search(query, limit), ReadCard).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<bool> RenameAsync(string id, string username, DateTimeOffset reservedUntil)
    {
        ArgumentNullException.ThrowIfNull(username);
        return db.ExecuteAsync(
            async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
                string? old;
                try
                {
                    await using var rename = UserLifecycleStatements.Rename(id, username).ToCommand(connection);
                    old = (string?)await rename.ExecuteScalarAsync().ConfigureAwait(false);
                }
                catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
                {
                    throw DuplicateErrors.Username();
                }

                if (old is null)
                {
                    return false;
                }

                await using var reserve = UserLifecycleStatements.ReserveOldName(id, old, reservedUntil).ToCommand(connection);
                await reserve.ExecuteNonQueryAsync().ConfigureAwait(false);
                await transaction.CommitAsync().ConfigureAwait(false);
                return true;
            },
            repeatable: false);
    }

    /// <inheritdoc />
    public async Task<string?> FindIdByReservedUsernameAsync(string username, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(username);
        var found = await db.QueryAsync(UserLifecycleStatements.FindReserved(username.ToLowerInvariant(), now), r => r.GetString(0)).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<bool> ChangeEmailAsync(string id, string email, DateTimeOffset verifiedAt)
    {
        ArgumentNullException.ThrowIfNull(email);
        try
        {
            return await db.ExecuteAsync(UserLifecycleStatements.ChangeEmail(id, email, verifiedAt), repeatable: true).ConfigureAwait(false) == 1;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw DuplicateErrors.Email();
        }
    }

    /// <inheritdoc />
    public async Task<bool> SetPurgeAtAsync(string id, DateTimeOffset? purgeAt) =>
        await db.ExecuteAsync(UserLifecycleStatements.SetPurgeAt(id, purgeAt), repeatable: true).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListPurgeDueAsync(DateTimeOffset now, int limit) =>
        await db.QueryAsync(UserLifecycleStatements.PurgeDue(now, limit), r => r.GetString(0)).ConfigureAwait(false);

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string id) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
                await using var claims = UserLifecycleStatements.DeleteClaims(id).ToCommand(connection);
                await claims.ExecuteNonQueryAsync().ConfigureAwait(false);
                await using var user = UserLifecycleStatements.DeleteUser(id).ToCommand(connection);
                var deleted = await user.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
                await transaction.CommitAsync().ConfigureAwait(false);
                return deleted;
            },
            repeatable: true);

    /// <inheritdoc />
    public Task<int> ReleaseReservedUsernamesAsync(DateTimeOffset now) =>
        db.ExecuteAsync(UserLifecycleStatements.ReleaseReserved(now), repeatable: true);

    private static UserCard ReadCard(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));

    private Task<string?> FindIdAsync(string sql, string value) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddWithValue("value", value);
                return (string?)await command.ExecuteScalarAsync().ConfigureAwait(false);
            },
            repeatable: true);

    private static void AddCredentials(NpgsqlCommand command, UserCredentials credentials)
    {
        command.Parameters.AddWithValue("password_hash", credentials.PasswordHash);
        command.Parameters.Add(new NpgsqlParameter("email_verified_at", NpgsqlDbType.TimestampTz) { Value = (object?)credentials.EmailVerifiedAt ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("totp_secret", NpgsqlDbType.Bytea) { Value = (object?)credentials.TotpSecret ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("totp_pending_secret", NpgsqlDbType.Bytea) { Value = (object?)credentials.TotpPendingSecret ?? DBNull.Value });
        command.Parameters.AddWithValue("totp_last_step", credentials.TotpLastStep);
        command.Parameters.Add(new NpgsqlParameter("totp_recovery_codes", NpgsqlDbType.Array | NpgsqlDbType.Bytea)
        {
            Value = (object?)credentials.RecoveryCodeHashes ?? DBNull.Value,
        });
    }

    private static UserRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetFieldValue<DateTimeOffset>(4),
        new UserCredentials(
            reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
            reader.IsDBNull(7) ? null : reader.GetFieldValue<byte[]>(7),
            reader.IsDBNull(8) ? null : reader.GetFieldValue<byte[]>(8),
            reader.GetInt64(9),
            reader.GetInt64(10),
            reader.IsDBNull(11) ? null : reader.GetFieldValue<byte[][]>(11)),
        reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12));
}
