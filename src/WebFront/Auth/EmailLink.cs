using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Sessions;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>
/// What redeeming an emailed link has in common (<c>auth.verifyEmail</c>, <c>auth.confirmEmailChange</c>): a token that
/// cannot be one is refused without a grain call, the grain keyed by the token's hash redeems it, and the answer is the
/// account as a signed-in client shows it.
/// </summary>
internal static class EmailLink
{
    /// <summary>
    /// Redeems <paramref name="token"/> through <paramref name="redeem"/> (given the token's key); an invalid-token error
    /// for a token that is not well formed, as for one that is unknown.
    /// </summary>
    public static async Task<VerifyEmailOutput> RedeemAsync(RpcContext context, string? token, Func<string, Task<AccountView>> redeem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(redeem);
        if (!SecretToken.IsWellFormed(token))
        {
            throw VrssException.Invalid("token", "The token is invalid, expired or already used.", ErrorCode.InvalidToken);
        }

        var user = await redeem(SecretToken.KeyOf(token)).ConfigureAwait(false);
        var standing = await context.Grains.GetGrain<IAccountStandingGrain>(user.Id).GetAsync().ConfigureAwait(false);
        return new VerifyEmailOutput(SessionUser.From(user, standing.Role));
    }
}
