using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Sessions;
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
    protected override async Task<VerifyEmailOutput> ExecuteAsync(VerifyEmailInput input, RpcContext context)
    {
        if (!SecretToken.IsWellFormed(input.Token))
        {
            throw VrssException.Invalid("token", "The token is invalid, expired or already used.", ErrorCode.InvalidToken);
        }

        var user = await context.Grains.GetGrain<IEmailTokenGrain>(SecretToken.KeyOf(input.Token)).VerifyEmailAsync().ConfigureAwait(false);
        var standing = await context.Grains.GetGrain<IAccountStandingGrain>(user.Id).GetAsync().ConfigureAwait(false);
        return new VerifyEmailOutput(SessionUser.From(user, standing.Role));
    }
}
