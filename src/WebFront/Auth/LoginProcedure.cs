using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Sessions;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>
/// <c>auth.login</c>. Unknown login and wrong password answer the same 401 / 1001 after the same hashing work.
/// Failed attempts (wrong password or wrong code) count against the login name, the IP address and the device token
/// when one is presented: 10 per 15 minutes each, then 429. A device that signed in as the name's owner before is
/// not refused for the name's count (other people's failures), only for its own and its address's.
/// </summary>
internal sealed class LoginProcedure() : RpcProcedure<LoginInput, LoginOutput>("auth.login", rateLimitPolicy: null, requiresSession: false)
{
    /// <inheritdoc />
    public override IReadOnlyList<string> RateLimitPolicyNames => [RateLimitPolicies.Login];

    private const int MaxPasswordLength = 128;

    /// <inheritdoc />
    protected override void Validate(LoginInput input)
    {
        RpcValidation.RequiredText(input.Login?.Trim(), "login", 1, 254);
        RpcValidation.Required(input.Password, "password");
        AccountRules.SecondFactorCode(input.TotpCode, input.RecoveryCode, "totpCode", required: false);
    }

    /// <inheritdoc />
    protected override async Task<LoginOutput> ExecuteAsync(LoginInput input, RpcContext context)
    {
        var key = UserLookupKey.ForLogin(input.Login!);
        var device = DeviceCookie.Read(context.HttpContext);
        string[] subjects = device is null
            ? ["ip:" + context.ClientAddress]
            : ["ip:" + context.ClientAddress, "device:" + SecretToken.KeyOf(device)];
        var attempt = await FailureCounter.AcquireAsync(context, RateLimitPolicies.Login, subjects).ConfigureAwait(false);
        await attempt.AddAsync(
            "name:" + key,
            device is null ? null : () => TrustedDevice.IsTrustedForAsync(context, key, device)).ConfigureAwait(false);

        // No stored password is longer; such a guess fails without spending a hash on it.
        var result = RpcValidation.TextLength(input.Password!) > MaxPasswordLength
            ? new LoginResult(LoginStatus.InvalidCredentials, null)
            : await context.Grains.GetGrain<IUserLookupGrain>(key).LoginAsync(input.Password!, input.TotpCode, input.RecoveryCode).ConfigureAwait(false);
        switch (result)
        {
            case { Status: LoginStatus.Succeeded, Account: { } account }:
                await attempt.SucceededAsync().ConfigureAwait(false);
                var standing = await SuspensionCheck.RefuseSuspendedAsync(context, account.Id).ConfigureAwait(false);
                var token = await SessionStarter.StartAsync(context, account.Id).ConfigureAwait(false);
                // Again once the session exists: a suspension that lands in between revoked sessions before this one existed.
                await SuspensionCheck.RefuseSuspendedAsync(context, account.Id, token).ConfigureAwait(false);
                var deviceToken = await TrustedDevice.RememberAsync(context, account.Id, device).ConfigureAwait(false);
                return new LoginOutput(SessionUser.From(account, standing.Role), token, deviceToken, result.DeletionCancelled);
            case { Status: LoginStatus.TotpRequired }:
                await attempt.SucceededAsync().ConfigureAwait(false);
                throw VrssException.Invalid("totpCode", "totp required", ErrorCode.InvalidToken);
            case { Status: LoginStatus.EmailNotVerified }:
                await attempt.SucceededAsync().ConfigureAwait(false);
                throw new VrssException(ErrorCode.Forbidden, "Verify your email address before signing in.");
            case { Status: LoginStatus.InvalidTotpCode }:
                attempt.Failed();
                throw VrssException.Invalid(
                    input.RecoveryCode is null ? "totpCode" : "recoveryCode", "The two-factor code is wrong or was already used.", ErrorCode.InvalidToken);
            default:
                attempt.Failed();
                throw new VrssException(ErrorCode.InvalidCredentials, "Invalid login or password.");
        }
    }
}
