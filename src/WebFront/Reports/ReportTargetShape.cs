using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Reports;

/// <summary>What a report is about, on the wire: kind, id, the account concerned, and the reported text's start.</summary>
public sealed record ReportTargetShape(ReportTargetKind Kind, string Id, UserCardShape User, string? Excerpt);
