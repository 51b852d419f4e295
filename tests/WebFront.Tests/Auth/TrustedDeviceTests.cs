using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Auth;

/// <summary>
/// Security review item 4: other people's failed logins lock a name, but not its owner's device that signed in
/// before, and only with the right password and second factor; the device's own failures still count.
/// </summary>
public abstract class TrustedDeviceTests : ProductTests
{
    [Fact]
    public async Task NameLockedByOthers_OwnersDeviceStillSignsIn_WithPasswordAndTotp_ButNotWithoutTheDevice()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        using var owner = Client(cluster);
        var account = await owner.RegisterAsync();
        var secret = await TwoFactor.TurnOnAsync(owner, account, clock);
        var first = await owner.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = TotpCodes.At(secret, clock.GetUtcNow()) });
        var deviceToken = first.AssertSuccess().GetProperty("deviceToken").GetString()!;
        var cookie = Assert.Single(first.SetCookies, c => c.StartsWith("vrss_device=", StringComparison.Ordinal));
        Assert.StartsWith($"vrss_device={deviceToken};", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);

        // Someone else guesses from another address until the name is locked.
        using var attacker = Client(cluster);
        for (var i = 0; i < 10; i++)
        {
            (await attacker.CallAsync("auth.login", new { login = account.Username, password = $"Wrong-Password-{i}" })).AssertError(401, 1001);
        }

        clock.Advance(TimeSpan.FromSeconds(30));
        var code = TotpCodes.At(secret, clock.GetUtcNow());
        (await attacker.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = code })).AssertError(429, 1500);

        // The owner on a client that never signed in is refused like anyone else.
        using var newLaptop = Client(cluster);
        (await newLaptop.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = code })).AssertError(429, 1500);

        // The owner's device: a wrong code is still wrong, the right password and code sign in.
        var wrongCode = code == "000000" ? "111111" : "000000";
        (await owner.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = wrongCode })).AssertError(401, 1003);
        (await owner.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertError(401, 1003);
        var signedIn = await owner.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = code });
        Assert.Equal(account.Id, signedIn.AssertSuccess().GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(deviceToken, signedIn.Data.GetProperty("deviceToken").GetString());

        // A script holding the device token sends it as a header.
        clock.Advance(TimeSpan.FromSeconds(30));
        using var script = new RpcClient(owner.BaseAddress, useCookies: false);
        var byHeader = await LoginWithDeviceHeaderAsync(script, deviceToken, new { login = account.Username, password = account.Password, totpCode = TotpCodes.At(secret, clock.GetUtcNow()) });
        byHeader.AssertSuccess();
    }

    [Fact]
    public async Task DeviceOfTheOwner_WrongPasswordsCountAgainstTheDeviceItself()
    {
        await using var cluster = await StartAsync();
        using var owner = Client(cluster);
        var account = await owner.RegisterAsync();
        var deviceToken = (await owner.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertSuccess().GetProperty("deviceToken").GetString()!;

        // Ten wrong passwords from ten addresses, all with the owner's device cookie (a stolen cookie, say).
        for (var i = 0; i < 10; i++)
        {
            using var thief = Client(cluster);
            thief.Cookies.Add(owner.BaseAddress, new Cookie("vrss_device", deviceToken, "/api"));
            var response = await thief.CallAsync("auth.login", new { login = account.Username, password = $"Wrong-Password-{i}" });
            response.AssertError(401, 1001);
            Assert.Equal((9 - i).ToString(CultureInfo.InvariantCulture), response.Header("X-RateLimit-Remaining"));
        }

        // The name is locked and the device is spent: even the right password from a fresh address is refused with it.
        using var fresh = Client(cluster);
        fresh.Cookies.Add(owner.BaseAddress, new Cookie("vrss_device", deviceToken, "/api"));
        (await fresh.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertError(429, 1500);
        using var header = Client(cluster);
        (await LoginWithDeviceHeaderAsync(header, deviceToken, new { login = account.Username, password = account.Password })).AssertError(429, 1500);
    }

    [Fact]
    public async Task DeviceOfAnotherUser_IsNoExemption()
    {
        await using var cluster = await StartAsync();
        using var browser = Client(cluster);
        var other = await browser.RegisterAsync();
        (await browser.CallAsync("auth.login", new { login = other.Username, password = other.Password })).AssertSuccess();
        using var registrar = Client(cluster);
        var victim = await registrar.RegisterAsync();
        using var attacker = Client(cluster);
        for (var i = 0; i < 10; i++)
        {
            (await attacker.CallAsync("auth.login", new { login = victim.Username, password = $"Wrong-Password-{i}" })).AssertError(401, 1001);
        }

        // The browser holds a device cookie, but of another account: the victim's name stays locked for it.
        (await browser.CallAsync("auth.login", new { login = victim.Username, password = victim.Password })).AssertError(429, 1500);
    }

    private static Task<RpcResponse> LoginWithDeviceHeaderAsync(RpcClient client, string deviceToken, object input)
    {
        var body = JsonSerializer.Serialize(new { procedure = "auth.login", input }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/rpc") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Vrss-Device", deviceToken);
        return client.SendAsync(request);
    }
}
