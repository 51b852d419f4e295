using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Auth;

/// <summary>The data of <c>auth.getSession</c>.</summary>
public sealed record GetSessionOutput(AccountView User, SessionView Session);
