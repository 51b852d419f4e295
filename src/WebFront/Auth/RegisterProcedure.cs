using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>
/// <c>auth.register</c>: creates an account and signs it in (with an owner allowlist, only once the email is verified);
/// 5 per 30 minutes per IP address.
/// </summary>
internal sealed class RegisterProcedure() : RpcProcedure<RegisterInput, RegisterOutput>("auth.register", rateLimitPolicy: RateLimitPolicies.Register, requiresSession: false)
{
    /// <inheritdoc />
    protected override void Validate(RegisterInput input)
    {
        AccountRules.Username(input.Username);
        AccountRules.Email(input.Email);
        AccountRules.Password(input.Password);
        AccountRules.DisplayName(input.DisplayName);
    }

    /// <inheritdoc />
    protected override string? GetRateLimitSubject(RegisterInput input, RpcContext context) => "ip:" + context?.ClientAddress;

    /// <inheritdoc />
    protected override async Task<RegisterOutput> ExecuteAsync(RegisterInput input, RpcContext context)
    {
        var username = AccountRules.Username(input.Username);
        var account = new NewAccount(
            username,
            AccountRules.Email(input.Email),
            input.Password!,
            AccountRules.DisplayName(input.DisplayName) ?? username);
        var id = Guid.CreateVersion7().ToString("N");
        var (user, maySignIn) = await context.Grains.GetGrain<IUserGrain>(id).RegisterAsync(account).ConfigureAwait(false);
        var token = maySignIn ? await SessionStarter.StartAsync(context, user.Id).ConfigureAwait(false) : null;
        return new RegisterOutput(SessionUser.From(user, AccountRole.Member), token, !user.EmailVerified);
    }
}
