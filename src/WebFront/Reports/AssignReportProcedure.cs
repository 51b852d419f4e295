using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Reports;

/// <summary>
/// <c>admin.assignReport</c> (moderators and admins): gives an open report to a staff member (the caller when no
/// <c>userId</c> is given). Audited.
/// </summary>
internal sealed class AssignReportProcedure() : RpcProcedure<AssignReportInput, ReportShape>("admin.assignReport", requiredRole: AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override async Task<ReportShape> ExecuteAsync(AssignReportInput input, RpcContext context)
    {
        var report = await context.Grains.GetGrain<IReportGrain>(input.ReportId!)
            .AssignAsync(input.UserId ?? context.UserId, new StaffReason(context.UserId, null)).ConfigureAwait(false);
        return ReportShape.From(report);
    }
}
