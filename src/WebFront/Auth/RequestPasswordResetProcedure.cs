using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>
/// <c>auth.requestPasswordReset</c>: emails a single-use reset token when the address has an account; the
/// answer is the same either way. 5 per 30 minutes per email address, and 20 per 30 minutes per IP address (so one
/// client cannot mail every member).
/// </summary>
internal sealed class RequestPasswordResetProcedure() : RpcProcedure<RequestPasswordResetInput, EmptyOutput>("auth.requestPasswordReset", rateLimitPolicy: RateLimitPolicies.PasswordReset, requiresSession: false)
{
    /// <inheritdoc />
    public override IReadOnlyList<string> RateLimitPolicyNames => [RateLimitPolicies.PasswordReset, RateLimitPolicies.PasswordResetByAddress];

    /// <inheritdoc />
    protected override void Validate(RequestPasswordResetInput input)
    {
        AccountRules.Email(input.Email);
    }

    /// <inheritdoc />
    protected override string? GetRateLimitSubject(RequestPasswordResetInput input, RpcContext context) =>
        "email:" + UserLookupKey.NormalizeEmail(input?.Email ?? "");

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(RequestPasswordResetInput input, RpcContext context)
    {
        await context.EnforceRateLimitAsync(RateLimitPolicies.PasswordResetByAddress, "ip:" + context.ClientAddress).ConfigureAwait(false);
        await context.Grains.GetGrain<IUserLookupGrain>(UserLookupKey.ForEmail(input.Email!)).RequestPasswordResetAsync().ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
