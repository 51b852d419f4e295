using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Reports;
using Vrss.Grains.Data;

namespace Vrss.Grains.Reports;

/// <summary><see cref="IReportRepository"/> in memory, with the Postgres semantics.</summary>
public sealed class MemoryReportRepository(MemoryDatabase database) : IReportRepository
{
    private readonly MemoryReportTable _table = database.Table<MemoryReportTable>();

    /// <inheritdoc />
    public Task<string> FileAsync(ReportRecord report)
    {
        ReportChecks.Check(report);
        if (report.Status != ReportStatus.Open)
        {
            throw new ArgumentException("A report is filed open.", nameof(report));
        }

        lock (_table.Gate)
        {
            if (OpenTwin(report) is { } existing)
            {
                return Task.FromResult(existing.Id);
            }

            if (!_table.Rows.TryAdd(report.Id, ReportChecks.Normalize(report)))
            {
                throw new InvalidOperationException($"Report id '{report.Id}' is already used.");
            }

            return Task.FromResult(report.Id);
        }
    }

    /// <inheritdoc />
    public Task<ReportRecord?> GetAsync(string reportId)
    {
        Guard.Id(reportId, nameof(reportId));
        lock (_table.Gate)
        {
            return Task.FromResult(_table.Rows.GetValueOrDefault(reportId));
        }
    }

    /// <inheritdoc />
    public Task<bool> UpdateAsync(ReportRecord report)
    {
        ReportChecks.Check(report);
        lock (_table.Gate)
        {
            var stored = _table.Rows.GetValueOrDefault(report.Id) ?? throw new InvalidOperationException($"No report '{report.Id}'.");
            if (report.Status == ReportStatus.Open && OpenTwin(stored) is { } twin && !string.Equals(twin.Id, report.Id, StringComparison.Ordinal))
            {
                return Task.FromResult(false);
            }

            _table.Rows[report.Id] = ReportChecks.Normalize(stored with
            {
                Status = report.Status,
                AssigneeId = report.AssigneeId,
                Resolution = report.Resolution,
            });
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<Page<ReportRecord>> ListAsync(ReportFilter filter, string? cursor, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        lock (_table.Gate)
        {
            var rows = _table.Rows.Values
                .Where(r => filter.Status is not { } status || r.Status == status)
                .Where(r => filter.Category is not { } category || r.Category == category)
                .Where(r => filter.AssigneeId is null || string.Equals(r.AssigneeId, filter.AssigneeId, StringComparison.Ordinal));
            return Task.FromResult(MemoryKeyset.Descending(rows, r => r.CreatedAt, r => r.Id, before, limit));
        }
    }

    // The open report of the same reporter on the same target (the unique index of Postgres); the caller holds the gate.
    private ReportRecord? OpenTwin(ReportRecord report) => _table.Rows.Values.FirstOrDefault(r =>
        r.Status == ReportStatus.Open
        && r.TargetKind == report.TargetKind
        && string.Equals(r.ReporterId, report.ReporterId, StringComparison.Ordinal)
        && string.Equals(r.TargetId, report.TargetId, StringComparison.Ordinal));
}
