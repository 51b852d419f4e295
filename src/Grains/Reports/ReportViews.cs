using Vrss.GrainInterfaces.Reports;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Reports;

/// <summary>Turns stored reports into what staff see: every account they name as a card, read in one go per page.</summary>
internal static class ReportViews
{
    public static async Task<IReadOnlyList<ReportView>> BuildAsync(PostViews views, IReadOnlyList<ReportRecord> reports)
    {
        var cards = await views.CardsAsync(reports.SelectMany(Names));
        return [.. reports.Select(r => new ReportView(
            r.Id,
            cards[r.ReporterId],
            new ReportTargetView(r.TargetKind, r.TargetId, cards[r.TargetUserId], r.Excerpt),
            r.Category,
            r.Comment,
            r.Status,
            r.AssigneeId is { } assignee ? cards[assignee] : null,
            r.Resolution is { } s ? new ReportResolutionView(s.Action, s.Reason, cards[s.ById], s.At) : null,
            r.CreatedAt))];
    }

    public static async Task<ReportView> BuildAsync(PostViews views, ReportRecord report) => (await BuildAsync(views, [report]))[0];

    private static IEnumerable<string> Names(ReportRecord report)
    {
        yield return report.ReporterId;
        yield return report.TargetUserId;
        if (report.AssigneeId is { } assignee)
        {
            yield return assignee;
        }

        if (report.Resolution is { } resolution)
        {
            yield return resolution.ById;
        }
    }
}
