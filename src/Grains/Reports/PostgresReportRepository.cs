using Npgsql;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Reports;
using Vrss.Grains.Data;

namespace Vrss.Grains.Reports;

/// <summary><see cref="IReportRepository"/> on the <c>reports</c> table.</summary>
public sealed class PostgresReportRepository(DbRetry db) : IReportRepository
{
    /// <inheritdoc />
    public async Task<string> FileAsync(ReportRecord report)
    {
        ReportChecks.Check(report);
        if (report.Status != ReportStatus.Open)
        {
            throw new ArgumentException("A report is filed open.", nameof(report));
        }

        var row = ReportChecks.Normalize(report);

        // Repeatable: a second run finds the row the first stored (or its twin) and answers its id.
        for (var attempt = 0; ; attempt++)
        {
            var id = await db.QuerySingleAsync(ReportStatements.File(row), r => r.GetString(0), repeatable: true).ConfigureAwait(false);
            if (id is not null || attempt == 2)
            {
                return id ?? throw new InvalidOperationException("The report could be neither filed nor found.");
            }
        }
    }

    /// <inheritdoc />
    public Task<ReportRecord?> GetAsync(string reportId)
    {
        Guard.Id(reportId, nameof(reportId));
        return db.QuerySingleAsync(ReportStatements.Get(reportId), Read);
    }

    /// <inheritdoc />
    public async Task<bool> UpdateAsync(ReportRecord report)
    {
        ReportChecks.Check(report);
        int changed;
        try
        {
            changed = await db.ExecuteAsync(ReportStatements.Update(ReportChecks.Normalize(report)), repeatable: true).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "reports_open_once_idx" })
        {
            return false;
        }

        return changed == 1 ? true : throw new InvalidOperationException($"No report '{report.Id}'.");
    }

    /// <inheritdoc />
    public async Task<Page<ReportRecord>> ListAsync(ReportFilter filter, string? cursor, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(ReportStatements.List(filter, before, limit), Read).ConfigureAwait(false);
        return Pages.From(rows, limit, r => new TimeCursor(r.CreatedAt, r.Id).Encode());
    }

    private static ReportRecord Read(NpgsqlDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        (ReportTargetKind)r.GetInt16(2),
        r.GetString(3),
        r.GetString(4),
        (ReportCategory)r.GetInt16(5),
        r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : r.GetString(7),
        (ReportStatus)r.GetInt16(8),
        r.IsDBNull(9) ? null : r.GetString(9),
        r.IsDBNull(10) ? null : new ReportResolution((ReportAction)r.GetInt16(10), r.GetString(11), r.GetString(12), r.GetFieldValue<DateTimeOffset>(13)),
        r.GetFieldValue<DateTimeOffset>(14));
}
