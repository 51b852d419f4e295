namespace Vrss.GrainInterfaces.Users;

/// <summary>
/// The public card of a user: what every post, comment and list shows of its author or member, and all a
/// private profile shows to those it hides from.
/// </summary>
/// <param name="Id">The user id.</param>
/// <param name="Username">The username.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="AvatarUrl">The avatar's URL, if any.</param>
[GenerateSerializer, Immutable]
public sealed record UserCard(string Id, string Username, string DisplayName, string? AvatarUrl);
