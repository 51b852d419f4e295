using Vrss.GrainInterfaces.Media;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Media;

/// <summary><c>media.getStorageUsage</c>: used, reserved and limit of the caller's quota.</summary>
internal sealed class GetStorageUsageProcedure() : RpcProcedure<EmptyInput, StorageUsage>("media.getStorageUsage")
{
    /// <inheritdoc />
    protected override Task<StorageUsage> ExecuteAsync(EmptyInput input, RpcContext context)
    {
        return context.Grains.GetGrain<IUserStorageGrain>(context.UserId).GetUsageAsync();
    }
}
