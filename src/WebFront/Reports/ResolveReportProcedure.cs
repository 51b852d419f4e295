using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Reports;

/// <summary>
/// <c>admin.resolveReport</c> (moderators and admins): carries out the action on what the report is about (removes the
/// post or comment, silences or suspends the account concerned), then marks the report resolved. Audited.
/// </summary>
internal sealed class ResolveReportProcedure() : RpcProcedure<ResolveReportInput, ReportShape>("admin.resolveReport", requiredRole: AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override async Task<ReportShape> ExecuteAsync(ResolveReportInput input, RpcContext context)
    {
        var why = StaffReasons.Required(context, input.Reason);
        var report = await context.Grains.GetGrain<IReportGrain>(input.ReportId!).ResolveAsync(input.Action!.Value, why).ConfigureAwait(false);
        return ReportShape.From(report);
    }
}
