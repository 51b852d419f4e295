using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Reports;

/// <summary><c>admin.getReport</c> (moderators and admins): one report; 404 / 1301 for an unknown id.</summary>
internal sealed class GetReportProcedure() : RpcProcedure<ReportIdInput, ReportShape>("admin.getReport", requiredRole: AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override async Task<ReportShape> ExecuteAsync(ReportIdInput input, RpcContext context) =>
        ReportShape.From(await context.Grains.GetGrain<IReportGrain>(input.ReportId!).GetAsync().ConfigureAwait(false));
}
