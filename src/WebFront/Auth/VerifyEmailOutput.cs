namespace Vrss.WebFront.Auth;

/// <summary>The data of <c>auth.verifyEmail</c>.</summary>
public sealed record VerifyEmailOutput(SessionUser User);
