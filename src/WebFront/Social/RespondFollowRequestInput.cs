namespace Vrss.WebFront.Social;

/// <summary>The input of <c>social.respondFollowRequest</c>: the requester (<c>username</c> or <c>userId</c>) and the answer.</summary>
public sealed record RespondFollowRequestInput(string? Username, string? UserId, bool? Accept);
