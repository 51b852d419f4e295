namespace Vrss.GrainInterfaces.Users;

/// <summary>A new account, and whether it may sign in before its email address is verified.</summary>
/// <param name="Account">The account as its owner sees it.</param>
/// <param name="MaySignIn">
/// False on an instance with an owner allowlist: the allowlist names addresses, so an account counts as an
/// owner's only once the owner proved the address is theirs.
/// </param>
[GenerateSerializer, Immutable]
public sealed record Registration(AccountView Account, bool MaySignIn);
