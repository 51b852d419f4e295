namespace Vrss.WebFront.Accounts;

/// <summary>The data of <c>user.deleteAccount</c>: when the account will be purged unless a sign-in cancels it.</summary>
public sealed record DeleteAccountOutput(DateTimeOffset PurgeAt);
