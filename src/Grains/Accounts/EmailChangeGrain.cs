using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Users;

namespace Vrss.Grains.Accounts;

/// <summary>
/// Redeems one email-change link (keyed by its hash). Single use is the repository's atomic update; the address is
/// then the account's, verified, unless another account took it meanwhile (<c>DuplicateEmail</c>, and the link is spent).
/// </summary>
public sealed class EmailChangeGrain(IEmailChangeRepository changes, IUserRepository users, TimeProvider time) : Grain, IEmailChangeGrain
{
    /// <inheritdoc />
    public async Task<AccountView> ConfirmAsync()
    {
        var hash = Convert.FromHexString(this.GetPrimaryKeyString());
        DeactivateOnIdle();
        var now = time.GetUtcNow();
        var change = await changes.ConsumeAsync(hash, now)
            ?? throw VrssException.Invalid("token", "The token is invalid, expired or already used.", ErrorCode.InvalidToken);
        var old = await users.GetAsync(change.UserId);
        if (old is null || !await users.ChangeEmailAsync(change.UserId, change.NewEmail, now))
        {
            throw VrssException.Invalid("token", "The token is invalid, expired or already used.", ErrorCode.InvalidToken);
        }

        await GrainFactory.GetGrain<IUserAccountGrain>(change.UserId).ReloadAccountAsync();
        await GrainFactory.GetGrain<IUserLookupGrain>(UserLookupKey.ForEmail(old.Email)).ForgetAsync();
        return await GrainFactory.GetGrain<IUserGrain>(change.UserId).GetAccountAsync()
            ?? throw new VrssException(ErrorCode.UserNotFound, "No such user.");
    }
}
