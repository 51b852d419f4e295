using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Auth;

/// <summary>Turning two-factor on the way a user does: enable, read the secret, confirm with a code of the current step.</summary>
internal static class TwoFactor
{
    /// <summary>Turns TOTP on for the client's user and returns the Base32 secret; the clock then moves to the next step.</summary>
    public static async Task<string> TurnOnAsync(RpcClient client, TestAccount account, ManualTimeProvider clock)
    {
        var secret = (await client.CallAsync("auth.enableTotp", new { password = account.Password })).AssertSuccess().GetProperty("secret").GetString()!;
        (await client.CallAsync("auth.confirmTotp", new { code = TotpCodes.At(secret, clock.GetUtcNow()) })).AssertSuccess();
        clock.Advance(TimeSpan.FromSeconds(30));
        return secret;
    }
}
