using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Social;

namespace Vrss.WebFront.Social;

/// <summary><c>social.getFollowing</c>: the users a user follows, newest follow first, as user cards.</summary>
public sealed class GetFollowingProcedure : FollowListProcedure
{
    /// <inheritdoc />
    public override string Name => "social.getFollowing";

    /// <inheritdoc />
    protected override Task<Page<UserListEntry>> ReadAsync(ISocialQueryGrain queries, string userId, string? viewerId, string? cursor, int limit) =>
        queries.GetFollowingAsync(userId, viewerId, cursor, limit);
}
