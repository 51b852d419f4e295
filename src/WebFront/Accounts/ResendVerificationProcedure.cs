using Vrss.GrainInterfaces.Accounts;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Accounts;

/// <summary><c>auth.resendVerification</c>: a new verification link to the caller's address (3 per hour).</summary>
internal sealed class ResendVerificationProcedure() : RpcProcedure<EmptyInput, EmptyOutput>("auth.resendVerification", rateLimitPolicy: RateLimitPolicies.ResendVerification)
{
    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(EmptyInput input, RpcContext context)
    {
        await context.Grains.GetGrain<IAccountGrain>(context.UserId).ResendVerificationAsync().ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
