using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Auth;

/// <summary>The data of <c>auth.register</c>.</summary>
public sealed record RegisterOutput(AccountView User, string SessionToken, bool RequiresVerification);
