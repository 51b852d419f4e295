namespace Vrss.Ctl.Auth;

/// <summary>What <c>vrssctl login</c> keeps: the silo's URL and an admin's session token.</summary>
/// <param name="Url">The base URL of a silo (or of the balancer in front of them).</param>
/// <param name="Token">The session token.</param>
internal sealed record StoredCredentials(string Url, string Token);
