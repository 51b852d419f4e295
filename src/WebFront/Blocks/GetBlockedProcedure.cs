using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Blocks;

/// <summary><c>social.getBlocked</c>: the users the caller blocks, most recent block first.</summary>
internal sealed class GetBlockedProcedure() : BlockListProcedure("social.getBlocked")
{
    /// <inheritdoc />
    protected override Task<Page<UserCard>> ReadAsync(IBlockListGrain grain, string? cursor, int limit) => grain.GetBlockedAsync(cursor, limit);
}
