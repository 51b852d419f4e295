using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Blocks;

/// <summary><c>social.getMuted</c>: the users the caller mutes, most recent mute first.</summary>
internal sealed class GetMutedProcedure() : BlockListProcedure("social.getMuted")
{
    /// <inheritdoc />
    protected override Task<Page<UserCard>> ReadAsync(IBlockListGrain grain, string? cursor, int limit) => grain.GetMutedAsync(cursor, limit);
}
