namespace Vrss.WebFront.Reports;

/// <summary>The answer of <c>moderation.report</c>: <c>{ reportId }</c>.</summary>
public sealed record ReportIdOutput(string ReportId);
