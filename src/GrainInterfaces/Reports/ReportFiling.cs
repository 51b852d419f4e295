namespace Vrss.GrainInterfaces.Reports;

/// <summary>A member's report, as <c>moderation.report</c> files it (the web front has checked the input's shape).</summary>
/// <param name="ReporterId">Who reports.</param>
/// <param name="TargetKind">What kind of thing is reported.</param>
/// <param name="TargetId">The reported user's, post's or comment's id.</param>
/// <param name="Category">Why.</param>
/// <param name="Comment">What the reporter adds, if anything.</param>
[GenerateSerializer, Immutable]
public sealed record ReportFiling(string ReporterId, ReportTargetKind TargetKind, string TargetId, ReportCategory Category, string? Comment);
