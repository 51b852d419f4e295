using Vrss.GrainInterfaces.Accounts;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Accounts;

/// <summary><c>user.getExport</c>: one of the caller's exports (another member's answers 404 like an unknown one).</summary>
internal sealed class GetExportProcedure() : RpcProcedure<GetExportInput, ExportOutput>("user.getExport")
{
    /// <inheritdoc />
    protected override async Task<ExportOutput> ExecuteAsync(GetExportInput input, RpcContext context) =>
        new(ExportShape.From(await context.Grains.GetGrain<IAccountGrain>(context.UserId).GetExportAsync(input.ExportId!).ConfigureAwait(false)));
}
