using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Operations;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Operations;

/// <summary><c>admin.listOrphanMedia</c>: completed uploads no live post, avatar or banner shows.</summary>
internal sealed class ListOrphanMediaProcedure() : RpcProcedure<OrphanMediaInput, OrphanMediaOutput>("admin.listOrphanMedia", requiredRole: AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<OrphanMediaOutput> ExecuteAsync(OrphanMediaInput input, RpcContext context)
    {
        var items = await context.Grains.GetGrain<IOperationsGrain>(0)
            .ListOrphanMediaAsync(OrphanQuery.Grace(input.OlderThanHours), OrphanQuery.Limit(input.Limit)).ConfigureAwait(false);
        return new OrphanMediaOutput(items, items.Sum(i => i.Size));
    }
}
