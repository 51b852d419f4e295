using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Reports;

/// <summary>A report as staff see it (<c>admin.getReport</c>, the queue, and the answers of the staff actions on reports).</summary>
/// <param name="Id">The report id (time-ordered).</param>
/// <param name="Reporter">Who reported.</param>
/// <param name="Target">What is reported.</param>
/// <param name="Category">Why.</param>
/// <param name="Comment">The reporter's comment, if any.</param>
/// <param name="Status">Open or resolved.</param>
/// <param name="Assignee">The staff member handling it, if anyone.</param>
/// <param name="Resolution">How it was resolved; null while open.</param>
/// <param name="CreatedAt">When it was filed.</param>
[GenerateSerializer, Immutable]
public sealed record ReportView(
    string Id,
    UserCard Reporter,
    ReportTargetView Target,
    ReportCategory Category,
    string? Comment,
    ReportStatus Status,
    UserCard? Assignee,
    ReportResolutionView? Resolution,
    DateTimeOffset CreatedAt);
