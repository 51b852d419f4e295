using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Blocks;

/// <summary><c>social.mute</c>: mutes a user (400 / 1201 for oneself, 404 / 1302 for an unknown user; at most 10,000); muting again answers the same.</summary>
internal sealed class MuteProcedure() : RpcProcedure<UserRefInput, MuteOutput>("social.mute", idempotent: true)
{
    /// <inheritdoc />
    protected override async Task<MuteOutput> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        var (grain, targetId) = await BlockTargets.ResolveAsync(context, input, "mute").ConfigureAwait(false);
        await grain.MuteAsync(targetId).ConfigureAwait(false);
        return new MuteOutput(Muted: true);
    }
}
