using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Reports;

namespace Vrss.Grains.Reports;

/// <summary>The <c>reports</c> table: members' reports and their handling by staff.</summary>
public interface IReportRepository
{
    /// <summary>
    /// Stores a new open report and answers its id; when the reporter has an open report on the same target, that
    /// report's id is answered and nothing is stored.
    /// </summary>
    Task<string> FileAsync(ReportRecord report);

    /// <summary>The report, or null.</summary>
    Task<ReportRecord?> GetAsync(string reportId);

    /// <summary>
    /// Stores the report's status, assignee and resolution (the rest of a report never changes). False, and nothing
    /// changes, when it would make a second open report of one reporter on one target (reopening one while the
    /// reporter has a newer open report on the same target); a missing report is an error.
    /// </summary>
    Task<bool> UpdateAsync(ReportRecord report);

    /// <summary>The reports the filter selects, newest first.</summary>
    Task<Page<ReportRecord>> ListAsync(ReportFilter filter, string? cursor, int limit);
}
