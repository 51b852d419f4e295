namespace Vrss.GrainInterfaces.Users;

/// <summary>
/// One emailed token, keyed by the lower-case hex SHA-256 of the token. Redeeming consumes the token (once,
/// before it expires) and applies it to its user; a used, expired or unknown token answers <c>InvalidToken</c>.
/// </summary>
public interface IEmailTokenGrain : IGrainWithStringKey
{
    /// <summary>Redeems an email-verification token.</summary>
    Task<AccountView> VerifyEmailAsync();

    /// <summary>Redeems a password-reset token, setting <paramref name="newPassword"/>.</summary>
    Task ResetPasswordAsync(string newPassword);
}
