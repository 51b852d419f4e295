namespace Vrss.WebFront.Social;

/// <summary>
/// The data of <c>social.follow</c> and <c>social.unfollow</c>: <c>{ following, requested }</c>; <c>requested</c> is
/// true while a follow request to a user who approves followers waits for their answer.
/// </summary>
public sealed record FollowOutput(bool Following, bool Requested = false);
