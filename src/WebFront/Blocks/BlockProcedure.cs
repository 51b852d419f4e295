using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Blocks;

/// <summary><c>social.block</c>: blocks a user (400 / 1201 for oneself, 404 / 1302 for an unknown user; at most 10,000). Follows between the two end in both directions and pending follow and connection requests between them go; blocking again answers the same.</summary>
internal sealed class BlockProcedure() : RpcProcedure<UserRefInput, BlockOutput>("social.block", idempotent: true)
{
    /// <inheritdoc />
    protected override async Task<BlockOutput> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        var (grain, targetId) = await BlockTargets.ResolveAsync(context, input, "block").ConfigureAwait(false);
        await grain.BlockAsync(targetId).ConfigureAwait(false);
        return new BlockOutput(Blocked: true);
    }
}
