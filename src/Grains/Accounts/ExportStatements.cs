using Vrss.GrainInterfaces.Accounts;
using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Accounts;

/// <summary>The SQL of <see cref="PostgresExportRepository"/> (deploy/sql/0110_account_lifecycle.sql).</summary>
internal static class ExportStatements
{
    private const string Columns = "id, user_id, status, storage_key, size, created_at, expires_at";

    public const string InsertSql = """
        INSERT INTO data_exports (id, user_id, status, storage_key, size, created_at, expires_at)
        VALUES (@id, @user_id, @status, NULL, NULL, @created_at, @expires_at)
        """;

    public const string GetSql = $"SELECT {Columns} FROM data_exports WHERE id = @id";

    public const string NewestSql = $"SELECT {Columns} FROM data_exports WHERE user_id = @user_id ORDER BY created_at DESC LIMIT 1";

    public const string FinishSql = "UPDATE data_exports SET status = @status, storage_key = @storage_key, size = @size WHERE id = @id AND status = 0";

    public const string ExpiredSql = $"SELECT {Columns} FROM data_exports WHERE expires_at <= @now ORDER BY expires_at LIMIT @limit";

    public const string KeysSql = "SELECT storage_key FROM data_exports WHERE user_id = @user_id AND storage_key IS NOT NULL";

    public const string DeleteSql = "DELETE FROM data_exports WHERE id = @id";

    public static SqlStatement Insert(ExportRecord export) => new(
        InsertSql,
        Text("id", export.Id),
        Text("user_id", export.UserId),
        SmallInt("status", (short)export.Status),
        Time("created_at", export.CreatedAt),
        Time("expires_at", export.ExpiresAt));

    public static SqlStatement Get(string id) => new(GetSql, Text("id", id));

    public static SqlStatement Newest(string userId) => new(NewestSql, Text("user_id", userId));

    public static SqlStatement Finish(string id, string? storageKey, long? size) => new(
        FinishSql,
        Text("id", id),
        SmallInt("status", (short)(storageKey is null ? ExportStatus.Failed : ExportStatus.Ready)),
        Text("storage_key", storageKey),
        new Npgsql.NpgsqlParameter("size", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)size ?? DBNull.Value });

    public static SqlStatement Expired(DateTimeOffset now, int limit) => new(ExpiredSql, Time("now", now), Integer("limit", limit));

    public static SqlStatement Keys(string userId) => new(KeysSql, Text("user_id", userId));

    public static SqlStatement Delete(string id) => new(DeleteSql, Text("id", id));
}
