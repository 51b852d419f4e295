using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Social;

/// <summary>A pending follow request as its addressee sees it in <c>social.getFollowRequests</c>.</summary>
/// <param name="From">Who asks to follow.</param>
/// <param name="CreatedAt">When they asked.</param>
[GenerateSerializer, Immutable]
public sealed record FollowRequestView(
    [property: Id(0)] UserCard From,
    [property: Id(1)] DateTimeOffset CreatedAt);
