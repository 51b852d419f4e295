using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Reports;

/// <summary>How a report was resolved, on the wire.</summary>
public sealed record ReportResolutionShape(ReportAction Action, string Reason, UserCardShape By, DateTimeOffset At);
