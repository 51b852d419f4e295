namespace Vrss.WebFront.Social;

/// <summary>The input of <c>social.requestConnection</c>.</summary>
public sealed record ConnectionRequestInput(string? Username, string? UserId, string? Message);
