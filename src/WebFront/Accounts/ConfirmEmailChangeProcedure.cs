using Vrss.GrainInterfaces.Accounts;
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
    protected override Task<VerifyEmailOutput> ExecuteAsync(VerifyEmailInput input, RpcContext context) =>
        EmailLink.RedeemAsync(context, input.Token, key => context.Grains.GetGrain<IEmailChangeGrain>(key).ConfirmAsync());
}
