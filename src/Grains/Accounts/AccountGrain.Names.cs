using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Sessions;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Email;
using Vrss.Grains.Users;

namespace Vrss.Grains.Accounts;

/// <summary>Renames, email changes and verification links.</summary>
public sealed partial class AccountGrain
{
    /// <inheritdoc />
    public async Task<UserProfile> ChangeUsernameAsync(string username, string password)
    {
        ArgumentNullException.ThrowIfNull(username);
        var account = await ExistingAsync();
        await CheckPasswordAsync(password, null, null, secondFactor: false);
        if (account.Username == username)
        {
            throw VrssException.Invalid("username", "That is already your username.");
        }

        await users.RenameAsync(Id, username, time.GetUtcNow() + options.Value.UsernameReservation);
        await GrainFactory.GetGrain<IUserAccountGrain>(Id).ReloadAccountAsync();
        await GrainFactory.GetGrain<IUserLookupGrain>(UserLookupKey.ForUsername(account.Username)).ForgetAsync();
        return await GrainFactory.GetGrain<IUserGrain>(Id).GetProfileAsync();
    }

    /// <inheritdoc />
    public async Task RequestEmailChangeAsync(string newEmail, string password)
    {
        ArgumentNullException.ThrowIfNull(newEmail);
        var account = await ExistingAsync();
        await CheckPasswordAsync(password, null, null, secondFactor: false);
        var address = newEmail.Trim();
        if (UserLookupKey.NormalizeEmail(address) == account.NormalizedEmail)
        {
            throw VrssException.Invalid("newEmail", "That is already your email address.");
        }

        // Checked now so the member hears it at once; redeeming the link is decided by the unique constraint again.
        if (await users.FindIdByEmailAsync(address) is not null)
        {
            throw VrssException.Invalid("newEmail", "email is already registered", ErrorCode.DuplicateEmail);
        }

        var token = SecretToken.Create();
        var now = time.GetUtcNow();
        var lifetime = options.Value.EmailChangeLinkLifetime;
        await emailChanges.InsertAsync(new EmailChangeRecord(Convert.FromHexString(SecretToken.KeyOf(token)), Id, address, now, now + lifetime), now);
        var baseUrl = accountOptions.Value.PublicBaseUrl.TrimEnd('/');
        await email.SendAsync(new EmailMessage(
            address,
            "Confirm your new email address",
            $"Hello {account.DisplayName},\n\nTo make this your account's address, open:\n{baseUrl}/confirm-email?token={token}\n\n" +
            $"Or call auth.confirmEmailChange with this token:\n{token}\n\nThe link expires in {lifetime.TotalHours:0} hours. " +
            "If you did not ask for this, ignore this message.\n"));
        await email.SendAsync(new EmailMessage(
            account.Email,
            "Your email address is being changed",
            $"Hello {account.DisplayName},\n\nSomeone signed in to your account asked to change its email address. " +
            "The address changes only once the link sent to the new address is opened.\n" +
            "If this was not you, change your password now and review your sessions.\n"));
    }

    /// <inheritdoc />
    public async Task ResendVerificationAsync()
    {
        var account = await ExistingAsync();
        if (account.Credentials.EmailVerifiedAt is not null)
        {
            throw new VrssException(ErrorCode.Conflict, "Your email address is already verified.");
        }

        var token = SecretToken.Create();
        var now = time.GetUtcNow();
        var lifetime = accountOptions.Value.EmailVerificationTokenLifetime;
        await tokens.InsertAsync(new EmailTokenRecord(Convert.FromHexString(SecretToken.KeyOf(token)), Id, EmailTokenPurpose.VerifyEmail, now, now + lifetime));
        var baseUrl = accountOptions.Value.PublicBaseUrl.TrimEnd('/');
        await email.SendAsync(new EmailMessage(
            account.Email,
            "Verify your email address",
            $"Hello {account.DisplayName},\n\nConfirm your address by opening:\n{baseUrl}/verify-email?token={token}\n\n" +
            $"Or call auth.verifyEmail with this token:\n{token}\n\nThe link expires in {lifetime.TotalHours:0} hours.\n"));
    }
}
