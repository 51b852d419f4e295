using Vrss.GrainInterfaces.Reports;
using Vrss.Grains.Data;

namespace Vrss.Grains.Reports;

/// <summary>What both report repositories refuse alike (the Postgres table's constraints).</summary>
internal static class ReportChecks
{
    /// <summary>The longest comment a reporter may add.</summary>
    public const int MaxComment = 1000;

    public static void Check(ReportRecord report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Guard.Id(report.Id, nameof(report));
        Guard.Id(report.ReporterId, nameof(report));
        Guard.Id(report.TargetId, nameof(report));
        Guard.Id(report.TargetUserId, nameof(report));
        Guard.Defined(report.TargetKind, nameof(report));
        Guard.Defined(report.Category, nameof(report));
        Guard.Defined(report.Status, nameof(report));
        if (string.Equals(report.ReporterId, report.TargetUserId, StringComparison.Ordinal))
        {
            throw new ArgumentException("Nobody reports themselves.", nameof(report));
        }

        if (report.Comment is { Length: > MaxComment })
        {
            throw new ArgumentOutOfRangeException(nameof(report), "The comment is too long.");
        }

        if ((report.Status == ReportStatus.Resolved) != (report.Resolution is not null))
        {
            throw new ArgumentException("A resolved report, and only it, has a resolution.", nameof(report));
        }

        if (report.Resolution is { } resolution)
        {
            Guard.Defined(resolution.Action, nameof(report));
            Guard.Id(resolution.ById, nameof(report));
            ArgumentException.ThrowIfNullOrWhiteSpace(resolution.Reason, nameof(report));
        }
    }

    /// <summary>The report with its times as the database keeps them.</summary>
    public static ReportRecord Normalize(ReportRecord report) => report with
    {
        CreatedAt = DbTime.Normalize(report.CreatedAt),
        Resolution = report.Resolution is { } r ? r with { At = DbTime.Normalize(r.At) } : null,
    };
}
