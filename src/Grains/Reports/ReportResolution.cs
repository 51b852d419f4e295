using Vrss.GrainInterfaces.Reports;

namespace Vrss.Grains.Reports;

/// <summary>How a report was resolved, as stored.</summary>
/// <param name="Action">What was done.</param>
/// <param name="Reason">Why.</param>
/// <param name="ById">The staff member who resolved it.</param>
/// <param name="At">When.</param>
public sealed record ReportResolution(ReportAction Action, string Reason, string ById, DateTimeOffset At);
