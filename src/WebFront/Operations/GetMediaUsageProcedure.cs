using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Operations;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Operations;

/// <summary><c>admin.getMediaUsage</c>: files and bytes by upload status over every user.</summary>
internal sealed class GetMediaUsageProcedure() : RpcProcedure<EmptyInput, MediaTotals>("admin.getMediaUsage", requiredRole: AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<MediaTotals> ExecuteAsync(EmptyInput input, RpcContext context)
    {
        return await context.Grains.GetGrain<IOperationsGrain>(0).GetMediaUsageAsync().ConfigureAwait(false);
    }
}
