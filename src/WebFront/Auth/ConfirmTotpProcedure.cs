using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.confirmTotp</c>: turns two-factor on with a code from the pending secret; answers the recovery codes.</summary>
internal sealed class ConfirmTotpProcedure() : RpcProcedure<TotpCodeInput, RecoveryCodesOutput>("auth.confirmTotp", rateLimitPolicy: null)
{
    /// <inheritdoc />
    public override IReadOnlyList<string> RateLimitPolicyNames => [RateLimitPolicies.Totp];

    /// <inheritdoc />
    protected override void Validate(TotpCodeInput input) => AccountRules.TotpCode(input.Code);

    /// <inheritdoc />
    protected override async Task<RecoveryCodesOutput> ExecuteAsync(TotpCodeInput input, RpcContext context)
    {
        var codes = await SecondFactorFailures.CodeAsync(context, () => context.Grains.GetGrain<IUserGrain>(context.UserId).ConfirmTotpAsync(input.Code!))
            .ConfigureAwait(false);
        return new RecoveryCodesOutput(codes.Codes);
    }
}
