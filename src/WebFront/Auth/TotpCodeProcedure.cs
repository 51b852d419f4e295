using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>A procedure that takes a TOTP code; wrong codes count against the user (policy <c>auth.totp</c>).</summary>
internal abstract class TotpCodeProcedure(string name) : RpcProcedure<TotpCodeInput, EmptyOutput>(name, rateLimitPolicy: null)
{
    /// <inheritdoc />
    protected override void Validate(TotpCodeInput input)
    {
        AccountRules.TotpCode(input.Code);
    }

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(TotpCodeInput input, RpcContext context)
    {
        var attempt = await FailureCounter.AcquireAsync(context, RateLimitPolicies.Totp, "user:" + context.UserId).ConfigureAwait(false);
        try
        {
            await ApplyAsync(context.Grains.GetGrain<IUserGrain>(context.UserId), input.Code!).ConfigureAwait(false);
        }
        catch (VrssException exception) when (exception.Code == ErrorCode.InvalidToken)
        {
            attempt.Failed();
            throw;
        }

        await attempt.SucceededAsync().ConfigureAwait(false);
        return EmptyOutput.Instance;
    }

    /// <summary>Applies the code to the user.</summary>
    protected abstract Task ApplyAsync(IUserGrain user, string code);
}
