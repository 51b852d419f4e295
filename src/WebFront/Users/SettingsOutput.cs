using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Users;

/// <summary>The data <c>{ settings }</c>: <c>profileVisibility, defaultPostVisibility, allowConnectionRequests, approveFollowers</c>.</summary>
public sealed record SettingsOutput(UserSettings Settings);
