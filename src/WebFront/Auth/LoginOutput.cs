using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Auth;

/// <summary>The data of <c>auth.login</c>.</summary>
public sealed record LoginOutput(AccountView User, string SessionToken);
