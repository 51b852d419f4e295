namespace Vrss.WebFront.Social;

/// <summary>The data of <c>social.respondFollowRequest</c>: <c>{ accepted }</c> (true: the requester now follows the caller).</summary>
public sealed record RespondFollowRequestOutput(bool Accepted);
