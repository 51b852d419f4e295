namespace Vrss.WebFront.Social;

/// <summary>The input of <c>social.respondConnection</c>.</summary>
public sealed record RespondConnectionInput(string? RequestId, bool? Accept);
