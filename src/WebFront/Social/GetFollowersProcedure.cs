using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Social;

namespace Vrss.WebFront.Social;

/// <summary><c>social.getFollowers</c>: a user's followers, newest follow first, as user cards.</summary>
internal sealed class GetFollowersProcedure() : FollowListProcedure("social.getFollowers")
{
    /// <inheritdoc />
    protected override Task<Page<UserListEntry>> ReadAsync(ISocialQueryGrain queries, string userId, string? viewerId, string? cursor, int limit) =>
        queries.GetFollowersAsync(userId, viewerId, cursor, limit);
}
