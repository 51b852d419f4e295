namespace Vrss.WebFront.Social;

/// <summary>The data of <c>social.follow</c> and <c>social.unfollow</c>: <c>{ following }</c>.</summary>
public sealed record FollowOutput(bool Following);
