using Orleans.Concurrency;
using Vrss.GrainInterfaces.Moderation;

namespace Vrss.GrainInterfaces.Reports;

/// <summary>
/// One report (keyed by its id), after it was filed: the only writer of its row, so assignment, resolution and
/// reopening happen one at a time. Callers have checked that the caller is staff. Every change is audited.
/// </summary>
public interface IReportGrain : IGrainWithStringKey
{
    /// <summary>The report; 404 / 1301 when there is none.</summary>
    [ReadOnly]
    Task<ReportView> GetAsync();

    /// <summary>Assigns the open report to <paramref name="assigneeId"/>, who must be staff (400 / 1201 otherwise).</summary>
    Task<ReportView> AssignAsync(string assigneeId, StaffReason why);

    /// <summary>
    /// Carries out <paramref name="action"/> on what the report is about, then marks the report resolved;
    /// <c>ReportAlreadyResolved</c> when it is.
    /// </summary>
    Task<ReportView> ResolveAsync(ReportAction action, StaffReason why);

    /// <summary>Opens the resolved report again (its resolution is cleared); <c>ReportNotResolved</c> when it is open.</summary>
    Task<ReportView> ReopenAsync(StaffReason why);
}
