namespace Vrss.GrainInterfaces.Users;

/// <summary>The outcome of a login check and, on success, the account.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Account">The account when <paramref name="Status"/> is <see cref="LoginStatus.Succeeded"/>.</param>
/// <param name="DeletionCancelled">Whether this sign-in cancelled the account's scheduled deletion.</param>
[GenerateSerializer, Immutable]
public sealed record LoginResult(LoginStatus Status, AccountView? Account, bool DeletionCancelled = false);
