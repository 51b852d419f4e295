using Vrss.GrainInterfaces.Reports;
using Vrss.Grains.Reports;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Reports;

/// <summary>The contract of <see cref="IReportRepository"/>, on each provider.</summary>
public abstract class ReportRepositoryTests : RepositoryTests
{
    private IReportRepository Reports => Get<IReportRepository>();

    [Fact]
    public async Task File_StoresAnOpenReport_ThatReadsBackAsFiled()
    {
        var report = New(NewId("reporter"), NewId("p"), 1) with { Comment = "look", Excerpt = "the text" };

        Assert.Equal(report.Id, await Reports.FileAsync(report));

        Assert.Equal(report, await Reports.GetAsync(report.Id));
        Assert.Null(await Reports.GetAsync(NewId("r")));
    }

    [Fact]
    public async Task File_AnswersTheOpenReport_OfTheSameReporterOnTheSameTarget_UntilItIsResolved()
    {
        var (reporter, post) = (NewId("reporter"), NewId("p"));
        var first = New(reporter, post, 1);
        await Reports.FileAsync(first);

        Assert.Equal(first.Id, await Reports.FileAsync(New(reporter, post, 2)));
        // Another reporter, or another target, is another report.
        var other = New(NewId("reporter"), post, 3);
        Assert.Equal(other.Id, await Reports.FileAsync(other));
        var elsewhere = New(reporter, NewId("p"), 4);
        Assert.Equal(elsewhere.Id, await Reports.FileAsync(elsewhere));

        Assert.True(await Reports.UpdateAsync(Resolved(first, 5)));
        var again = New(reporter, post, 6);
        Assert.Equal(again.Id, await Reports.FileAsync(again));
    }

    [Fact]
    public async Task Update_StoresStatusAssigneeAndResolution_AndNothingElse()
    {
        var report = New(NewId("reporter"), NewId("p"), 1);
        await Reports.FileAsync(report);

        var assigned = report with { AssigneeId = NewId("staff"), Comment = "changed?" };
        Assert.True(await Reports.UpdateAsync(assigned));
        Assert.Equal(report with { AssigneeId = assigned.AssigneeId }, await Reports.GetAsync(report.Id));

        var resolved = Resolved(report with { AssigneeId = assigned.AssigneeId }, 2);
        Assert.True(await Reports.UpdateAsync(resolved));
        Assert.Equal(resolved, await Reports.GetAsync(report.Id));

        var reopened = resolved with { Status = ReportStatus.Open, Resolution = null };
        Assert.True(await Reports.UpdateAsync(reopened));
        Assert.Equal(reopened, await Reports.GetAsync(report.Id));
    }

    [Fact]
    public async Task Reopening_IsRefused_WhileTheReporterHasANewerOpenReportOnTheTarget()
    {
        var (reporter, post) = (NewId("reporter"), NewId("p"));
        var first = New(reporter, post, 1);
        await Reports.FileAsync(first);
        var resolved = Resolved(first, 2);
        await Reports.UpdateAsync(resolved);
        await Reports.FileAsync(New(reporter, post, 3));

        Assert.False(await Reports.UpdateAsync(resolved with { Status = ReportStatus.Open, Resolution = null }));
        Assert.Equal(resolved, await Reports.GetAsync(first.Id));
    }

    [Fact]
    public async Task List_PagesNewestFirst_AndFiltersByStatusCategoryAndAssignee()
    {
        var staff = NewId("staff");
        var reports = new[]
        {
            New(NewId("reporter"), NewId("p"), 1) with { Category = ReportCategory.Spam },
            New(NewId("reporter"), NewId("p"), 2) with { Category = ReportCategory.Illegal },
            New(NewId("reporter"), NewId("p"), 3) with { Category = ReportCategory.Spam },
            New(NewId("reporter"), NewId("p"), 4) with { Category = ReportCategory.Spam },
        };
        foreach (var report in reports)
        {
            await Reports.FileAsync(report);
        }

        var resolved = Resolved(reports[2], 5) with { AssigneeId = staff };
        await Reports.UpdateAsync(resolved);
        await Reports.UpdateAsync(reports[1] with { AssigneeId = staff });
        var ours = reports.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal([reports[3].Id, reports[2].Id, reports[1].Id, reports[0].Id], await IdsAsync(new ReportFilter(null, null, null), ours));
        Assert.Equal([reports[3].Id, reports[1].Id, reports[0].Id], await IdsAsync(new ReportFilter(ReportStatus.Open, null, null), ours));
        Assert.Equal([reports[2].Id], await IdsAsync(new ReportFilter(ReportStatus.Resolved, null, null), ours));
        Assert.Equal([reports[3].Id, reports[2].Id, reports[0].Id], await IdsAsync(new ReportFilter(null, ReportCategory.Spam, null), ours));
        Assert.Equal([reports[3].Id, reports[0].Id], await IdsAsync(new ReportFilter(ReportStatus.Open, ReportCategory.Spam, null), ours));
        Assert.Equal([reports[2].Id, reports[1].Id], await IdsAsync(new ReportFilter(null, null, staff), ours));
        Assert.Equal([reports[1].Id], await IdsAsync(new ReportFilter(ReportStatus.Open, null, staff), ours));
        Assert.Equal([reports[2].Id], await IdsAsync(new ReportFilter(null, ReportCategory.Spam, staff), ours));
        Assert.Equal(resolved, (await Reports.ListAsync(new ReportFilter(ReportStatus.Resolved, null, staff), null, 10)).Items.Single());
    }

    [Fact]
    public async Task File_RefusesSelfReports_LongComments_AndUnknownEnums()
    {
        var reporter = NewId("reporter");
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Reports.FileAsync(New(reporter, NewId("p"), 1) with { TargetUserId = reporter }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Reports.FileAsync(New(reporter, NewId("p"), 1) with { Comment = new string('x', 1001) }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Reports.FileAsync(New(reporter, NewId("p"), 1) with { Category = (ReportCategory)9 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Reports.FileAsync(Resolved(New(reporter, NewId("p"), 1), 2)));
    }

    private static ReportRecord New(string reporterId, string postId, double minute) =>
        new(NewId("r"), reporterId, ReportTargetKind.Post, postId, NewId("author"), ReportCategory.Harassment, null, null, ReportStatus.Open, null, null, At(minute));

    private static ReportRecord Resolved(ReportRecord report, double minute) => report with
    {
        Status = ReportStatus.Resolved,
        Resolution = new ReportResolution(ReportAction.RemoveContent, "broke the rules", NewId("staff"), At(minute)),
    };

    // Every page of the list, two at a time, keeping only this test's reports (the Postgres database is shared).
    private async Task<List<string>> IdsAsync(ReportFilter filter, IReadOnlySet<string> ours)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Reports.ListAsync(filter, cursor, 2);
            ids.AddRange(page.Items.Select(r => r.Id).Where(ours.Contains));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return ids;
    }
}
