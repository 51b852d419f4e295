using Vrss.GrainInterfaces.Reports;

namespace Vrss.Grains.Reports;

/// <summary>A stored report (a row of <c>reports</c>).</summary>
/// <param name="Id">The report id (time-ordered).</param>
/// <param name="ReporterId">Who reported.</param>
/// <param name="TargetKind">What kind of thing is reported.</param>
/// <param name="TargetId">Its id.</param>
/// <param name="TargetUserId">The reported account, or the author of the reported post or comment.</param>
/// <param name="Category">Why.</param>
/// <param name="Comment">The reporter's comment, if any.</param>
/// <param name="Excerpt">The start of the reported text when it was reported (null for a user).</param>
/// <param name="Status">Open or resolved.</param>
/// <param name="AssigneeId">The staff member handling it, if anyone.</param>
/// <param name="Resolution">How it was resolved; null while open.</param>
/// <param name="CreatedAt">When it was filed.</param>
public sealed record ReportRecord(
    string Id,
    string ReporterId,
    ReportTargetKind TargetKind,
    string TargetId,
    string TargetUserId,
    ReportCategory Category,
    string? Comment,
    string? Excerpt,
    ReportStatus Status,
    string? AssigneeId,
    ReportResolution? Resolution,
    DateTimeOffset CreatedAt);
