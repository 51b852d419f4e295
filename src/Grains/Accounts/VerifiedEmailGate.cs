using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;
using Vrss.Grains.Users;

namespace Vrss.Grains.Accounts;

/// <summary>
/// <c>Vrss:Auth:RequireVerifiedEmail</c>: with it on, an account whose email is not verified may not post, comment,
/// react or follow (403 / 1103). The User grain checks its own row; other grains ask it.
/// </summary>
public sealed class VerifiedEmailGate(IOptions<AccountOptions> options, IGrainFactory grains)
{
    /// <summary>Refuses <paramref name="account"/> when the option is on and its email is not verified.</summary>
    internal static void Check(AccountOptions options, UserRecord account)
    {
        if (options.RequireVerifiedEmail && account.Credentials.EmailVerifiedAt is null)
        {
            throw Refusal();
        }
    }

    /// <summary>Refuses <paramref name="userId"/> when the option is on and its email is not verified.</summary>
    public async Task EnsureAsync(string userId)
    {
        if (options.Value.RequireVerifiedEmail && !await grains.GetGrain<IUserAccountGrain>(userId).IsEmailVerifiedAsync())
        {
            throw Refusal();
        }
    }

    private static VrssException Refusal() =>
        new(ErrorCode.EmailNotVerified, "Verify your email address first: this instance requires it to post, comment, react or follow.");
}
