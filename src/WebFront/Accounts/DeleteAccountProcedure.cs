using Vrss.GrainInterfaces.Accounts;
using Vrss.WebFront.Auth;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Accounts;

/// <summary>
/// <c>user.deleteAccount</c>: with the password (and second factor when on), hides the account and signs it out
/// everywhere at once; the purge follows after <c>Vrss:Accounts:DeletionGracePeriod</c> unless a sign-in cancels it.
/// </summary>
internal sealed class DeleteAccountProcedure() : RpcProcedure<DeleteAccountInput, DeleteAccountOutput>("user.deleteAccount", rateLimitPolicy: null)
{
    /// <inheritdoc />
    public override IReadOnlyList<string> RateLimitPolicyNames => [RateLimitPolicies.Login, RateLimitPolicies.Totp];

    /// <inheritdoc />
    protected override void Validate(DeleteAccountInput input)
    {
        RpcValidation.Required(input.Password, "password");
        AccountRules.SecondFactorCode(input.TotpCode, input.RecoveryCode, "totpCode", required: false);
    }

    /// <inheritdoc />
    protected override Task<DeleteAccountOutput> ExecuteAsync(DeleteAccountInput input, RpcContext context) =>
        SecondFactorFailures.PasswordAsync(context, () => SecondFactorFailures.CodeAsync(context, async () =>
        {
            var purgeAt = await context.Grains.GetGrain<IAccountGrain>(context.UserId)
                .RequestDeletionAsync(input.Password!, input.TotpCode, input.RecoveryCode).ConfigureAwait(false);
            SessionCookie.Delete(context.HttpContext);
            return new DeleteAccountOutput(purgeAt);
        }));
}
