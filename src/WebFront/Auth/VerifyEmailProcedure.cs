using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.verifyEmail</c>: redeems a verification token (once, before it expires).</summary>
internal sealed class VerifyEmailProcedure() : RpcProcedure<VerifyEmailInput, VerifyEmailOutput>("auth.verifyEmail", requiresSession: false)
{
    /// <inheritdoc />
    protected override void Validate(VerifyEmailInput input)
    {
        RpcValidation.Required(input.Token, "token");
    }

    /// <inheritdoc />
    protected override Task<VerifyEmailOutput> ExecuteAsync(VerifyEmailInput input, RpcContext context) =>
        EmailLink.RedeemAsync(context, input.Token, key => context.Grains.GetGrain<IEmailTokenGrain>(key).VerifyEmailAsync());
}
