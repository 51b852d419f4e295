using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimiting;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>A procedure that takes a TOTP code; wrong codes count against the user (policy <c>auth.totp</c>).</summary>
public abstract class TotpCodeProcedure : RpcProcedure<TotpCodeInput, EmptyOutput>
{
    /// <inheritdoc />
    public override string? RateLimitPolicy => null;

    /// <inheritdoc />
    protected override void Validate(TotpCodeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        AccountRules.TotpCode(input.Code);
    }

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(TotpCodeInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
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
