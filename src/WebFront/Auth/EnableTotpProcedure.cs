using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.enableTotp</c>: after the password, a new secret for an authenticator app, active once confirmed.</summary>
internal sealed class EnableTotpProcedure() : RpcProcedure<PasswordInput, TotpSetup>("auth.enableTotp", rateLimitPolicy: null)
{
    /// <inheritdoc />
    public override IReadOnlyList<string> RateLimitPolicyNames => [RateLimitPolicies.Login];

    /// <inheritdoc />
    protected override void Validate(PasswordInput input) => RpcValidation.Required(input.Password, "password");

    /// <inheritdoc />
    protected override Task<TotpSetup> ExecuteAsync(PasswordInput input, RpcContext context) =>
        SecondFactorFailures.PasswordAsync(context, () => context.Grains.GetGrain<IUserGrain>(context.UserId).EnableTotpAsync(input.Password!));
}
