using Vrss.GrainInterfaces.Accounts;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Accounts;

/// <summary><c>user.exportData</c>: starts an export of the caller's data (or answers the one still being built).</summary>
internal sealed class ExportDataProcedure() : RpcProcedure<EmptyInput, ExportOutput>("user.exportData", rateLimitPolicy: RateLimitPolicies.ExportData)
{
    /// <inheritdoc />
    protected override async Task<ExportOutput> ExecuteAsync(EmptyInput input, RpcContext context) =>
        new(ExportShape.From(await context.Grains.GetGrain<IAccountGrain>(context.UserId).StartExportAsync().ConfigureAwait(false)));
}
