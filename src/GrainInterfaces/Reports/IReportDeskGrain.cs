using Orleans.Concurrency;
using Vrss.GrainInterfaces.Paging;

namespace Vrss.GrainInterfaces.Reports;

/// <summary>
/// Files members' reports and reads the staff queue. It holds no state; any activation answers the same.
/// </summary>
public interface IReportDeskGrain : IGrainWithStringKey
{
    /// <summary>
    /// Files a report and answers its id. The target must be something the reporter can see (404 / 1302, 1303 or 1301
    /// otherwise) and not the reporter or their own content (400 / 1201). An open report of the same reporter on the
    /// same target is answered instead of a second one.
    /// </summary>
    Task<string> FileAsync(ReportFiling filing);

    /// <summary>The reports the filter selects, newest first. Callers have checked that the caller is staff.</summary>
    [ReadOnly]
    Task<Page<ReportView>> ListAsync(ReportFilter filter, string? cursor, int limit);
}
