using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Reports;

/// <summary>A report on the wire (see API.md, "Reports").</summary>
public sealed record ReportShape(
    string Id,
    UserCardShape Reporter,
    ReportTargetShape Target,
    ReportCategory Category,
    string? Comment,
    ReportStatus Status,
    UserCardShape? Assignee,
    ReportResolutionShape? Resolution,
    DateTimeOffset CreatedAt)
{
    /// <summary>The wire form of a report.</summary>
    public static ReportShape From(ReportView report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Id,
            UserCardShape.From(report.Reporter),
            new ReportTargetShape(report.Target.Kind, report.Target.Id, UserCardShape.From(report.Target.User), report.Target.Excerpt),
            report.Category,
            report.Comment,
            report.Status,
            report.Assignee is { } assignee ? UserCardShape.From(assignee) : null,
            report.Resolution is { } r ? new ReportResolutionShape(r.Action, r.Reason, UserCardShape.From(r.By), r.At) : null,
            report.CreatedAt);
    }
}
