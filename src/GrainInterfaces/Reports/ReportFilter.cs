namespace Vrss.GrainInterfaces.Reports;

/// <summary>Which reports <c>admin.listReports</c> shows; a null field does not filter.</summary>
/// <param name="Status">Only open or only resolved reports.</param>
/// <param name="Category">Only one category.</param>
/// <param name="AssigneeId">Only the reports assigned to this staff member.</param>
[GenerateSerializer, Immutable]
public sealed record ReportFilter(ReportStatus? Status, ReportCategory? Category, string? AssigneeId);
