using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;

namespace Vrss.Grains.Users;

/// <summary>
/// Redeems one emailed token (keyed by its hash). The single-use check is the repository's atomic update,
/// so it holds even if two silos briefly both host this grain.
/// </summary>
public sealed class EmailTokenGrain(IEmailTokenRepository tokens, TimeProvider time) : Grain, IEmailTokenGrain
{
    /// <inheritdoc />
    public async Task<AccountView> VerifyEmailAsync()
    {
        var userId = await ConsumeAsync(EmailTokenPurpose.VerifyEmail);
        return await GrainFactory.GetGrain<IUserGrain>(userId).ConfirmEmailAsync();
    }

    /// <inheritdoc />
    public async Task ResetPasswordAsync(string newPassword)
    {
        var userId = await ConsumeAsync(EmailTokenPurpose.ResetPassword);
        await GrainFactory.GetGrain<IUserGrain>(userId).ResetPasswordAsync(newPassword);
    }

    private async Task<string> ConsumeAsync(EmailTokenPurpose purpose)
    {
        var hash = Convert.FromHexString(this.GetPrimaryKeyString());
        DeactivateOnIdle();
        return await tokens.ConsumeAsync(hash, purpose, time.GetUtcNow())
            ?? throw VrssException.Invalid("token", "The token is invalid, expired or already used.", ErrorCode.InvalidToken);
    }
}
