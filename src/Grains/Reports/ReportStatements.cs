using Vrss.GrainInterfaces.Reports;
using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Reports;

/// <summary>The SQL of <see cref="PostgresReportRepository"/> (schema: deploy/sql/0150_reports.sql).</summary>
internal static class ReportStatements
{
    public const string Columns = """
        id, reporter_id, target_kind, target_id, target_user_id, category, comment, excerpt, status, assignee_id,
        resolution_action, resolution_reason, resolved_by, resolved_at, created_at
        """;

    // The open twin is read in the same statement when the insert meets it. A twin committed after this statement's
    // snapshot is seen by neither half: no row comes back and the repository runs the statement again.
    public const string FileSql = """
        WITH filed AS (
            INSERT INTO reports (id, reporter_id, target_kind, target_id, target_user_id, category, comment, excerpt, status, created_at)
            VALUES (@id, @reporter, @kind, @target, @target_user, @category, @comment, @excerpt, 0, @at)
            ON CONFLICT (reporter_id, target_kind, target_id) WHERE status = 0 DO NOTHING
            RETURNING id
        )
        SELECT id FROM filed
        UNION ALL
        SELECT id FROM reports WHERE reporter_id = @reporter AND target_kind = @kind AND target_id = @target AND status = 0
        LIMIT 1
        """;

    public const string GetSql = $"""
        SELECT {Columns} FROM reports WHERE id = @id
        """;

    public const string UpdateSql = """
        UPDATE reports
        SET status = @status, assignee_id = @assignee, resolution_action = @action, resolution_reason = @reason,
            resolved_by = @by, resolved_at = @resolved_at
        WHERE id = @id
        """;

    // One text per index: the whole queue, one status, one assignee; the category filters within.
    public const string ListSql = $"""
        SELECT {Columns} FROM reports
        WHERE (@category::smallint IS NULL OR category = @category) AND (created_at, id) < (@before_at, @before_id)
        ORDER BY created_at DESC, id DESC
        LIMIT @limit
        """;

    public const string ListByStatusSql = $"""
        SELECT {Columns} FROM reports
        WHERE status = @status AND (@category::smallint IS NULL OR category = @category) AND (created_at, id) < (@before_at, @before_id)
        ORDER BY created_at DESC, id DESC
        LIMIT @limit
        """;

    public const string ListByAssigneeSql = $"""
        SELECT {Columns} FROM reports
        WHERE assignee_id = @assignee AND (@status::smallint IS NULL OR status = @status)
          AND (@category::smallint IS NULL OR category = @category) AND (created_at, id) < (@before_at, @before_id)
        ORDER BY created_at DESC, id DESC
        LIMIT @limit
        """;

    public static SqlStatement File(ReportRecord report) =>
        new(
            FileSql,
            Text("id", report.Id),
            Text("reporter", report.ReporterId),
            SmallInt("kind", (short)report.TargetKind),
            Text("target", report.TargetId),
            Text("target_user", report.TargetUserId),
            SmallInt("category", (short)report.Category),
            Text("comment", report.Comment),
            Text("excerpt", report.Excerpt),
            Time("at", report.CreatedAt));

    public static SqlStatement Get(string reportId) => new(GetSql, Text("id", reportId));

    public static SqlStatement Update(ReportRecord report) =>
        new(
            UpdateSql,
            Text("id", report.Id),
            SmallInt("status", (short)report.Status),
            Text("assignee", report.AssigneeId),
            SmallInt("action", report.Resolution is { } r ? (short)r.Action : null),
            Text("reason", report.Resolution?.Reason),
            Text("by", report.Resolution?.ById),
            Time("resolved_at", report.Resolution?.At));

    public static SqlStatement List(ReportFilter filter, TimeCursor before, int limit)
    {
        var sql = filter.AssigneeId is not null ? ListByAssigneeSql : filter.Status is not null ? ListByStatusSql : ListSql;
        return new(
            sql,
            Text("assignee", filter.AssigneeId),
            SmallInt("status", filter.Status is { } s ? (short)s : null),
            SmallInt("category", filter.Category is { } c ? (short)c : null),
            Time("before_at", before.At),
            Text("before_id", before.Id),
            Integer("limit", limit + 1));
    }
}
