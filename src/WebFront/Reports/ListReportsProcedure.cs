using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Reports;

/// <summary><c>admin.listReports</c> (moderators and admins): the report queue, newest first, with filters.</summary>
internal sealed class ListReportsProcedure() : RpcProcedure<ListReportsInput, PageOutput<ReportShape>>("admin.listReports", requiredRole: AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override async Task<PageOutput<ReportShape>> ExecuteAsync(ListReportsInput input, RpcContext context)
    {
        var filter = new ReportFilter(input.Status, input.Category, input.AssignedToMe == true ? context.UserId : null);
        var page = await context.Grains.GetGrain<IReportDeskGrain>("0")
            .ListAsync(filter, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<ReportShape>([.. page.Items.Select(ReportShape.From)], page.NextCursor);
    }
}
