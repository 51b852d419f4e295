using Vrss.GrainInterfaces.Accounts;
using Vrss.WebFront.Auth;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Accounts;

/// <summary>
/// <c>auth.changeEmail</c>: sends a confirmation link to the new address and a notice to the current one; the address
/// changes when the link is redeemed (<c>auth.confirmEmailChange</c>). A wrong password counts as a failed login.
/// </summary>
internal sealed class ChangeEmailProcedure() : RpcProcedure<ChangeEmailInput, EmptyOutput>("auth.changeEmail", rateLimitPolicy: RateLimitPolicies.ChangeEmail)
{
    /// <inheritdoc />
    public override IReadOnlyList<string> RateLimitPolicyNames => [RateLimitPolicies.ChangeEmail, RateLimitPolicies.Login];

    /// <inheritdoc />
    protected override void Validate(ChangeEmailInput input)
    {
        AccountRules.Email(input.NewEmail, "newEmail");
        RpcValidation.Required(input.Password, "password");
    }

    /// <inheritdoc />
    protected override Task<EmptyOutput> ExecuteAsync(ChangeEmailInput input, RpcContext context) =>
        SecondFactorFailures.PasswordAsync(context, async () =>
        {
            await context.Grains.GetGrain<IAccountGrain>(context.UserId)
                .RequestEmailChangeAsync(AccountRules.Email(input.NewEmail, "newEmail"), input.Password!).ConfigureAwait(false);
            return EmptyOutput.Instance;
        });
}
