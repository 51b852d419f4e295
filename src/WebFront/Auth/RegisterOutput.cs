namespace Vrss.WebFront.Auth;

/// <summary>The data of <c>auth.register</c>.</summary>
/// <param name="User">The new account.</param>
/// <param name="SessionToken">The session's token; null when the account may sign in only after verifying its email.</param>
/// <param name="RequiresVerification">Whether the email is still to be verified.</param>
public sealed record RegisterOutput(SessionUser User, string? SessionToken, bool RequiresVerification);
