namespace Vrss.WebFront.Users;

/// <summary>A link in <c>user.updateProfile</c>.</summary>
public sealed record ProfileLinkInput(string? Platform, string? Url);
