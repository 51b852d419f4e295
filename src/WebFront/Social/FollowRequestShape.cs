namespace Vrss.WebFront.Social;

/// <summary>A pending follow request on the wire: <c>{ from, createdAt }</c>.</summary>
public sealed record FollowRequestShape(UserCardShape From, DateTimeOffset CreatedAt);
