using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>
/// <c>auth.changePassword</c>: checks the current password (a wrong one counts as a failed login of the user,
/// so a stolen session cannot guess faster than a login could), sets the new one, and revokes the user's
/// other sessions.
/// </summary>
internal sealed class ChangePasswordProcedure() : RpcProcedure<ChangePasswordInput, EmptyOutput>("auth.changePassword", rateLimitPolicy: null)
{
    /// <inheritdoc />
    public override IReadOnlyList<string> RateLimitPolicyNames => [RateLimitPolicies.Login];

    /// <inheritdoc />
    protected override void Validate(ChangePasswordInput input)
    {
        RpcValidation.Required(input.CurrentPassword, "currentPassword");
        AccountRules.Password(input.NewPassword, "newPassword");
    }

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(ChangePasswordInput input, RpcContext context)
    {
        var session = context.Session!;
        var attempt = await FailureCounter.AcquireAsync(context, RateLimitPolicies.Login, "user:" + session.UserId).ConfigureAwait(false);
        try
        {
            await context.Grains.GetGrain<IUserGrain>(session.UserId)
                .ChangePasswordAsync(input.CurrentPassword!, input.NewPassword!, session.Key).ConfigureAwait(false);
        }
        catch (VrssException exception) when (exception.Code == ErrorCode.InvalidCredentials)
        {
            attempt.Failed();
            throw;
        }

        await attempt.SucceededAsync().ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
