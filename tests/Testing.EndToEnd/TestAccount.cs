namespace Vrss.Testing.EndToEnd;

/// <summary>An account registered by a test, with what it takes to use it.</summary>
/// <param name="Id">The user id.</param>
/// <param name="Username">The username.</param>
/// <param name="Email">The email.</param>
/// <param name="Password">The password.</param>
/// <param name="Token">The session token of the registration.</param>
public sealed record TestAccount(string Id, string Username, string Email, string Password, string Token);
