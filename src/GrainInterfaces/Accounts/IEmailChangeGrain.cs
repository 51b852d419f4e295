using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Accounts;

/// <summary>
/// One emailed email-change token, keyed by the lower-case hex SHA-256 of the token. Redeeming it (once, before it
/// expires) makes its address the account's, verified; otherwise <c>InvalidToken</c>. <c>DuplicateEmail</c> when
/// another account took the address meanwhile.
/// </summary>
public interface IEmailChangeGrain : IGrainWithStringKey
{
    /// <summary>Redeems the token and answers the account with its new address.</summary>
    Task<AccountView> ConfirmAsync();
}
