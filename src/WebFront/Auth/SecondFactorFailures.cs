using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>
/// How the second-factor procedures count failures against the signed-in user: a wrong password as a failed login
/// (policy <c>auth.login</c>, so a stolen session guesses no faster than a login could), a wrong code under
/// <c>auth.totp</c>.
/// </summary>
internal static class SecondFactorFailures
{
    /// <summary>Runs <paramref name="work"/>, which checks the password.</summary>
    public static Task<T> PasswordAsync<T>(RpcContext context, Func<Task<T>> work) =>
        FailureCounter.CountAsync(context, RateLimitPolicies.Login, "user:" + context.UserId, ErrorCode.InvalidCredentials, work);

    /// <summary>Runs <paramref name="work"/>, which checks a code.</summary>
    public static Task<T> CodeAsync<T>(RpcContext context, Func<Task<T>> work) =>
        FailureCounter.CountAsync(context, RateLimitPolicies.Totp, "user:" + context.UserId, ErrorCode.InvalidToken, work);
}
