using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Reports;

/// <summary>How a report was resolved.</summary>
/// <param name="Action">What was done.</param>
/// <param name="Reason">Why, as the staff member wrote it.</param>
/// <param name="By">The staff member who resolved it.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable]
public sealed record ReportResolutionView(ReportAction Action, string Reason, UserCard By, DateTimeOffset At);
