namespace Vrss.GrainInterfaces.Users;

/// <summary>A validated registration: the web front has checked every rule of API.md except uniqueness.</summary>
/// <param name="Username">The lower-case username.</param>
/// <param name="Email">The email address, trimmed.</param>
/// <param name="Password">The password in clear; only its hash is stored.</param>
/// <param name="DisplayName">The display name (the username when none was given).</param>
[GenerateSerializer, Immutable]
public sealed record NewAccount(string Username, string Email, string Password, string DisplayName);
