namespace Vrss.WebFront.Auth;

/// <summary>The data of <c>auth.getSession</c>.</summary>
public sealed record GetSessionOutput(SessionUser User, SessionView Session);
