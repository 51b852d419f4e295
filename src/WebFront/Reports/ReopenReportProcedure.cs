using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Reports;

/// <summary><c>admin.reopenReport</c> (moderators and admins): puts a resolved report back in the open queue. Audited.</summary>
internal sealed class ReopenReportProcedure() : RpcProcedure<ReportIdInput, ReportShape>("admin.reopenReport", requiredRole: AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override async Task<ReportShape> ExecuteAsync(ReportIdInput input, RpcContext context) =>
        ReportShape.From(await context.Grains.GetGrain<IReportGrain>(input.ReportId!)
            .ReopenAsync(new StaffReason(context.UserId, null)).ConfigureAwait(false));
}
