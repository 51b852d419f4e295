using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Blocks;

/// <summary><c>social.unmute</c>: lifts a mute (answers the same when there was none).</summary>
internal sealed class UnmuteProcedure() : RpcProcedure<UserRefInput, MuteOutput>("social.unmute", idempotent: true)
{
    /// <inheritdoc />
    protected override async Task<MuteOutput> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        var (grain, targetId) = await BlockTargets.ResolveAsync(context, input, "unmute").ConfigureAwait(false);
        await grain.UnmuteAsync(targetId).ConfigureAwait(false);
        return new MuteOutput(Muted: false);
    }
}
