using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Auth;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Users;

namespace Vrss.WebFront.Accounts;

/// <summary>
/// <c>user.changeUsername</c>: renames the caller; the old name stays reserved for them (and finds their profile) for
/// <c>Vrss:Accounts:UsernameReservation</c>. A wrong password counts as a failed login.
/// </summary>
internal sealed class ChangeUsernameProcedure() : RpcProcedure<ChangeUsernameInput, ProfileOutput>("user.changeUsername", rateLimitPolicy: RateLimitPolicies.Default)
{
    /// <inheritdoc />
    public override IReadOnlyList<string> RateLimitPolicyNames => [RateLimitPolicies.Default, RateLimitPolicies.Login];

    /// <inheritdoc />
    protected override void Validate(ChangeUsernameInput input)
    {
        AccountRules.Username(input.Username);
        RpcValidation.Required(input.Password, "password");
    }

    /// <inheritdoc />
    protected override Task<ProfileOutput> ExecuteAsync(ChangeUsernameInput input, RpcContext context) =>
        SecondFactorFailures.PasswordAsync(context, async () =>
        {
            var profile = await context.Grains.GetGrain<IAccountGrain>(context.UserId)
                .ChangeUsernameAsync(AccountRules.Username(input.Username), input.Password!).ConfigureAwait(false);
            return ProfileOutput.From(new ProfileView(new UserCard(profile.Id, profile.Username, profile.DisplayName, profile.AvatarUrl), profile, null));
        });
}
