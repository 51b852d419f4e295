using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.disableTotp</c>: turns two-factor off with the password and a current code or a recovery code.</summary>
internal sealed class DisableTotpProcedure() : RpcProcedure<DisableTotpInput, EmptyOutput>("auth.disableTotp", rateLimitPolicy: null)
{
    /// <inheritdoc />
    public override IReadOnlyList<string> RateLimitPolicyNames => [RateLimitPolicies.Login, RateLimitPolicies.Totp];

    /// <inheritdoc />
    protected override void Validate(DisableTotpInput input)
    {
        RpcValidation.Required(input.Password, "password");
        AccountRules.SecondFactorCode(input.Code, input.RecoveryCode, "code", required: true);
    }

    /// <inheritdoc />
    protected override Task<EmptyOutput> ExecuteAsync(DisableTotpInput input, RpcContext context) =>
        SecondFactorFailures.PasswordAsync(context, () => SecondFactorFailures.CodeAsync(context, async () =>
        {
            await context.Grains.GetGrain<IUserGrain>(context.UserId)
                .DisableTotpAsync(input.Password!, input.Code, input.RecoveryCode).ConfigureAwait(false);
            return EmptyOutput.Instance;
        }));
}
