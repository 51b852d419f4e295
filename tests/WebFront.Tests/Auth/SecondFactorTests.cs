using System.Globalization;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Auth;

/// <summary>Security review item 8 over HTTP: the password asked again around two-factor, and single-use recovery codes.</summary>
public abstract class SecondFactorTests : ProductTests
{
    [Fact]
    public async Task EnableAndDisable_RefuseWithoutTheRightPassword_CountedLikeFailedLogins()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        var missing = await client.CallAsync("auth.enableTotp");
        missing.AssertError(400, 1202);
        Assert.Equal("password", missing.ErrorField);
        var wrong = await client.CallAsync("auth.enableTotp", new { password = "Wrong-Password-1" });
        wrong.AssertError(401, 1001);
        Assert.Equal("password", wrong.ErrorField);
        Assert.Equal("9", wrong.Header("X-RateLimit-Remaining"));
        Assert.False((await client.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user").GetProperty("totpEnabled").GetBoolean());

        var secret = await TwoFactor.TurnOnAsync(client, account, clock);
        var code = TotpCodes.At(secret, clock.GetUtcNow());
        (await client.CallAsync("auth.disableTotp", new { code })).AssertError(400, 1202);
        var wrongDisable = await client.CallAsync("auth.disableTotp", new { password = "Wrong-Password-2", code });
        wrongDisable.AssertError(401, 1001);
        Assert.Equal("8", wrongDisable.Header("X-RateLimit-Remaining"));
        (await client.CallAsync("auth.disableTotp", new { password = account.Password })).AssertError(400, 1202);
        var wrongCode = code == "000000" ? "111111" : "000000";
        (await client.CallAsync("auth.disableTotp", new { password = account.Password, code = wrongCode })).AssertError(401, 1003);
        Assert.True((await client.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user").GetProperty("totpEnabled").GetBoolean());

        (await client.CallAsync("auth.disableTotp", new { password = account.Password, code })).AssertSuccess();
        Assert.False((await client.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user").GetProperty("totpEnabled").GetBoolean());
    }

    [Fact]
    public async Task WrongPasswordsForTwoFactorChanges_ShareTheLoginLimitOfTheUser()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:RateLimits:auth.login:Limit"] = "2");
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        (await client.CallAsync("auth.enableTotp", new { password = "Wrong-Password-1" })).AssertError(401, 1001);
        (await client.CallAsync("auth.regenerateRecoveryCodes", new { password = "Wrong-Password-2" })).AssertError(401, 1001);

        var refused = await client.CallAsync("auth.enableTotp", new { password = account.Password });
        refused.AssertError(429, 1500);
        Assert.InRange(int.Parse(refused.Header("Retry-After")!, CultureInfo.InvariantCulture), 1, 15 * 60 + 45);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnceInPlaceOfATotpCode()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var secret = (await client.CallAsync("auth.enableTotp", new { password = account.Password })).AssertSuccess().GetProperty("secret").GetString()!;
        var confirmed = (await client.CallAsync("auth.confirmTotp", new { code = TotpCodes.At(secret, clock.GetUtcNow()) })).AssertSuccess();
        var codes = confirmed.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$", c));

        var login = new { login = account.Username, password = account.Password, recoveryCode = codes[0] };
        (await client.CallAsync("auth.login", login)).AssertSuccess();
        var reused = await client.CallAsync("auth.login", login);
        reused.AssertError(401, 1003);
        Assert.Equal("recoveryCode", reused.ErrorField);
        // Typed by hand: case, spaces and dashes do not matter.
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password, recoveryCode = codes[1].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant() })).AssertSuccess();
        // The right code with a wrong password signs nobody in and spends nothing.
        (await client.CallAsync("auth.login", new { login = account.Username, password = "Wrong-Password-1", recoveryCode = codes[2] })).AssertError(401, 1001);
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = "123456", recoveryCode = codes[2] })).AssertError(400, 1201);
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password, recoveryCode = "AAAA-BBBB-CCCC-DDDD" })).AssertError(401, 1003);
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password, recoveryCode = codes[2] })).AssertSuccess();

        // New codes replace the old ones.
        (await client.CallAsync("auth.regenerateRecoveryCodes", new { password = "Wrong-Password-2" })).AssertError(401, 1001);
        var fresh = (await client.CallAsync("auth.regenerateRecoveryCodes", new { password = account.Password })).AssertSuccess()
            .GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(10, fresh.Count);
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password, recoveryCode = codes[3] })).AssertError(401, 1003);

        // Lost the authenticator: a recovery code also turns two-factor off, once.
        (await client.CallAsync("auth.disableTotp", new { password = account.Password, recoveryCode = codes[4] })).AssertError(401, 1003);
        (await client.CallAsync("auth.disableTotp", new { password = account.Password, recoveryCode = fresh[0] })).AssertSuccess();
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertSuccess();
    }
}
