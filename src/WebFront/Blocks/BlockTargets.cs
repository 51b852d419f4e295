using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Errors;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Blocks;

/// <summary>What the block and mute procedures share: the other user, resolved and checked, and the caller's grain.</summary>
internal static class BlockTargets
{
    /// <summary>The user named by the input (404 / 1302 when unknown; 400 / 1201 for the caller), and the caller's block list grain.</summary>
    public static async Task<(IBlockListGrain Grain, string TargetId)> ResolveAsync(RpcContext context, UserRefInput input, string action)
    {
        var targetId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        if (targetId == context.UserId)
        {
            throw VrssException.Invalid(SocialQueries.UserField(input.UserId), $"you cannot {action} yourself");
        }

        return (context.Grains.GetGrain<IBlockListGrain>(context.UserId), targetId);
    }
}
