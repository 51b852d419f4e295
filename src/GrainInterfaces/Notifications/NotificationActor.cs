namespace Vrss.GrainInterfaces.Notifications;

/// <summary>Who caused a notification: the public card of a user.</summary>
/// <param name="Id">The user id.</param>
/// <param name="Username">The username.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="AvatarUrl">The avatar's URL, if any.</param>
public sealed record NotificationActor(string Id, string Username, string DisplayName, string? AvatarUrl);
