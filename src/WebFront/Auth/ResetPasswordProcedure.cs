using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Sessions;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>
/// <c>auth.resetPassword</c>: redeems a reset token (once, before it expires), sets the new password and revokes
/// every session of the user. The new password is checked first, so a weak one does not burn the token.
/// </summary>
internal sealed class ResetPasswordProcedure() : RpcProcedure<ResetPasswordInput, EmptyOutput>("auth.resetPassword", requiresSession: false)
{
    /// <inheritdoc />
    protected override void Validate(ResetPasswordInput input)
    {
        RpcValidation.Required(input.Token, "token");
        AccountRules.Password(input.NewPassword, "newPassword");
    }

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(ResetPasswordInput input, RpcContext context)
    {
        if (!SecretToken.IsWellFormed(input.Token))
        {
            throw VrssException.Invalid("token", "The token is invalid, expired or already used.", ErrorCode.InvalidToken);
        }

        await context.Grains.GetGrain<IEmailTokenGrain>(SecretToken.KeyOf(input.Token)).ResetPasswordAsync(input.NewPassword!).ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
