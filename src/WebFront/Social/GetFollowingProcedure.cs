using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Social;

namespace Vrss.WebFront.Social;

/// <summary><c>social.getFollowing</c>: the users a user follows, newest follow first, as user cards.</summary>
internal sealed class GetFollowingProcedure() : FollowListProcedure("social.getFollowing")
{
    /// <inheritdoc />
    protected override Task<Page<UserListEntry>> ReadAsync(ISocialQueryGrain queries, string userId, string? viewerId, string? cursor, int limit) =>
        queries.GetFollowingAsync(userId, viewerId, cursor, limit);
}
