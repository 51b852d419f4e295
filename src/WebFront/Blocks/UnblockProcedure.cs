using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Blocks;

/// <summary><c>social.unblock</c>: lifts a block (answers the same when there was none); ended follows do not come back.</summary>
internal sealed class UnblockProcedure() : RpcProcedure<UserRefInput, BlockOutput>("social.unblock", idempotent: true)
{
    /// <inheritdoc />
    protected override async Task<BlockOutput> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        var (grain, targetId) = await BlockTargets.ResolveAsync(context, input, "unblock").ConfigureAwait(false);
        await grain.UnblockAsync(targetId).ConfigureAwait(false);
        return new BlockOutput(Blocked: false);
    }
}
