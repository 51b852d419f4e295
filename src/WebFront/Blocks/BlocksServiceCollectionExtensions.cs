using Microsoft.Extensions.DependencyInjection;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Blocks;

/// <summary>Registers the block and mute procedures (<c>social.block</c>, <c>social.mute</c> and their lists).</summary>
public static class BlocksServiceCollectionExtensions
{
    /// <summary>Adds the block and mute procedures.</summary>
    public static IServiceCollection AddBlockProcedures(this IServiceCollection services) => services
        .AddRpcProcedure<BlockProcedure>()
        .AddRpcProcedure<UnblockProcedure>()
        .AddRpcProcedure<MuteProcedure>()
        .AddRpcProcedure<UnmuteProcedure>()
        .AddRpcProcedure<GetBlockedProcedure>()
        .AddRpcProcedure<GetMutedProcedure>();
}
