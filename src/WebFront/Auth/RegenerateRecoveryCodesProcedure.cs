using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.regenerateRecoveryCodes</c>: after the password, ten new recovery codes; the old ones stop working.</summary>
internal sealed class RegenerateRecoveryCodesProcedure() : RpcProcedure<PasswordInput, RecoveryCodesOutput>("auth.regenerateRecoveryCodes", rateLimitPolicy: null)
{
    /// <inheritdoc />
    public override IReadOnlyList<string> RateLimitPolicyNames => [RateLimitPolicies.Login];

    /// <inheritdoc />
    protected override void Validate(PasswordInput input) => RpcValidation.Required(input.Password, "password");

    /// <inheritdoc />
    protected override async Task<RecoveryCodesOutput> ExecuteAsync(PasswordInput input, RpcContext context)
    {
        var codes = await SecondFactorFailures.PasswordAsync(
            context,
            () => context.Grains.GetGrain<IUserGrain>(context.UserId).RegenerateRecoveryCodesAsync(input.Password!)).ConfigureAwait(false);
        return new RecoveryCodesOutput(codes.Codes);
    }
}
