using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Auth;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Accounts;

/// <summary><c>auth.confirmEmailChange</c>: redeems the link sent to a new address (once, before it expires).</summary>
internal sealed class ConfirmEmailChangeProcedure() : RpcProcedure<VerifyEmailInput, VerifyEmailOutput>("auth.confirmEmailChange", requiresSession: false)
{
    /// <inheritdoc />
    protected override void Validate(VerifyEmailInput input)
    {
        RpcValidation.Required(input.Token, "token");
    }

    /// <inheritdoc />
    protected override async Task<VerifyEmailOutput> ExecuteAsync(VerifyEmailInput input, RpcContext context)
    {
        if (!SecretToken.IsWellFormed(input.Token))
        {
            throw VrssException.Invalid("token", "The token is invalid, expired or already used.", ErrorCode.InvalidToken);
        }

        var user = await context.Grains.GetGrain<IEmailChangeGrain>(SecretToken.KeyOf(input.Token)).ConfirmAsync().ConfigureAwait(false);
        var standing = await context.Grains.GetGrain<IAccountStandingGrain>(user.Id).GetAsync().ConfigureAwait(false);
        return new VerifyEmailOutput(SessionUser.From(user, standing.Role));
    }
}
