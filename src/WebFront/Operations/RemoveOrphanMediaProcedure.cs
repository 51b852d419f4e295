using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Operations;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Operations;

/// <summary><c>admin.removeOrphanMedia</c>: deletes what <c>admin.listOrphanMedia</c> finds (or only lists it, with <c>dryRun</c>).</summary>
internal sealed class RemoveOrphanMediaProcedure() : RpcProcedure<RemoveOrphanMediaInput, OrphanRemoval>("admin.removeOrphanMedia", requiredRole: AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<OrphanRemoval> ExecuteAsync(RemoveOrphanMediaInput input, RpcContext context)
    {
        return await context.Grains.GetGrain<IOperationsGrain>(0)
            .RemoveOrphanMediaAsync(OrphanQuery.Grace(input.OlderThanHours), OrphanQuery.Limit(input.Limit), input.DryRun!.Value).ConfigureAwait(false);
    }
}
