using System.Globalization;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.RateLimits;

/// <summary>API.md's rate limits, enforced by limiter grains, with their headers.</summary>
public abstract class RateLimitTests : ProductTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Login_ElevenWrongPasswordsIn15Minutes_AreTen401sThenA429_AcrossSilos(int silos)
    {
        await using var cluster = await StartAsync(silos: silos);
        using var registrar = Client(cluster);
        var account = await registrar.RegisterAsync();
        var address = LoopbackAddresses.Next();
        var clients = cluster.Silos.Select(s => new RpcClient(s.HttpAddress, address)).ToList();

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var response = await clients[attempt % silos].CallAsync("auth.login", new { login = account.Username, password = $"Wrong-Password-{attempt}" });
            response.AssertError(401, 1001);
            Assert.Equal("10", response.Header("X-RateLimit-Limit"));
            Assert.Equal((9 - attempt).ToString(CultureInfo.InvariantCulture), response.Header("X-RateLimit-Remaining"));
            Assert.Null(response.Header("Retry-After"));
        }

        var refused = await clients[10 % silos].CallAsync("auth.login", new { login = account.Username, password = "Wrong-Password-10" });
        refused.AssertError(429, 1500);
        var retryAfter = int.Parse(refused.Header("Retry-After")!, CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 15 * 60 + 45);
        Assert.Equal("0", refused.Header("X-RateLimit-Remaining"));
        var reset = long.Parse(refused.Header("X-RateLimit-Reset")!, CultureInfo.InvariantCulture);
        Assert.InRange(reset - DateTimeOffset.UtcNow.ToUnixTimeSeconds(), retryAfter - 2, 15 * 60 + 47);

        // Even the right password waits now, on every silo.
        foreach (var client in clients)
        {
            (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertError(429, 1500);
        }

        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Login_FailuresCountPerIpAcrossNames_AndPerNameAcrossIps()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:RateLimits:auth.login:Limit"] = "3");
        using var oneIp = Client(cluster);
        for (var i = 0; i < 3; i++)
        {
            (await oneIp.CallAsync("auth.login", new { login = TestAccounts.UniqueUsername("n"), password = "Wrong-Password-1" })).AssertError(401, 1001);
        }

        (await oneIp.CallAsync("auth.login", new { login = TestAccounts.UniqueUsername("n"), password = "Wrong-Password-1" })).AssertError(429, 1500);

        var name = TestAccounts.UniqueUsername("target");
        for (var i = 0; i < 3; i++)
        {
            using var fresh = Client(cluster);
            (await fresh.CallAsync("auth.login", new { login = name, password = "Wrong-Password-1" })).AssertError(401, 1001);
        }

        using var another = Client(cluster);
        (await another.CallAsync("auth.login", new { login = name.ToUpperInvariant(), password = "Wrong-Password-1" })).AssertError(429, 1500);
    }

    [Fact]
    public async Task Login_SuccessDoesNotCount_AndTheWindowSlides()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.Configuration["Vrss:RateLimits:auth.login:Limit"] = "2";
        });
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        for (var i = 0; i < 3; i++)
        {
            (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertSuccess();
        }

        (await client.CallAsync("auth.login", new { login = account.Username, password = "Wrong-Password-1" })).AssertError(401, 1001);
        clock.Advance(TimeSpan.FromMinutes(10));
        (await client.CallAsync("auth.login", new { login = account.Username, password = "Wrong-Password-2" })).AssertError(401, 1001);
        var refused = await client.CallAsync("auth.login", new { login = account.Username, password = account.Password });
        refused.AssertError(429, 1500);
        var retryAfter = int.Parse(refused.Header("Retry-After")!, CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 5 * 60, 5 * 60 + 45);

        clock.Advance(TimeSpan.FromSeconds(retryAfter));
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertSuccess();
    }

    [Fact]
    public async Task Register_SixthFromOneIpIn30Minutes_Is429()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        for (var i = 0; i < 5; i++)
        {
            var response = await client.CallAsync("auth.register", new { username = TestAccounts.UniqueUsername(), email = $"{Guid.NewGuid():N}@example.com", password = TestAccounts.DefaultPassword });
            response.AssertSuccess();
            Assert.Equal("5", response.Header("X-RateLimit-Limit"));
            Assert.Equal((4 - i).ToString(CultureInfo.InvariantCulture), response.Header("X-RateLimit-Remaining"));
        }

        var refused = await client.CallAsync("auth.register", new { username = TestAccounts.UniqueUsername(), email = $"{Guid.NewGuid():N}@example.com", password = TestAccounts.DefaultPassword });
        refused.AssertError(429, 1500);
        Assert.NotNull(refused.Header("Retry-After"));
        using var elsewhere = Client(cluster);
        await elsewhere.RegisterAsync();
    }

    [Fact]
    public async Task RequestPasswordReset_SixthForOneEmail_Is429_FromAnyIp()
    {
        await using var cluster = await StartAsync();
        var email = $"{TestAccounts.UniqueUsername()}@example.com";
        for (var i = 0; i < 5; i++)
        {
            using var client = Client(cluster);
            (await client.CallAsync("auth.requestPasswordReset", new { email })).AssertSuccess();
        }

        using var last = Client(cluster);
        (await last.CallAsync("auth.requestPasswordReset", new { email = email.ToUpperInvariant() })).AssertError(429, 1500);
        (await last.CallAsync("auth.requestPasswordReset", new { email = "someone-else@example.com" })).AssertSuccess();
    }

    [Fact]
    public async Task GeneralLimits_AreConfigurable_PerUserAndPerAnonymousIp()
    {
        await using var cluster = await StartAsync(o =>
        {
            o.Configuration["Vrss:RateLimits:default:Limit"] = "3";
            o.Configuration["Vrss:RateLimits:anonymous:Limit"] = "2";
        });
        using var user = Client(cluster);
        await user.RegisterAsync();
        using var sameUserElsewhere = new RpcClient(user.BaseAddress, useCookies: false) { BearerToken = user.SessionCookie };

        for (var i = 0; i < 3; i++)
        {
            var response = await (i % 2 == 0 ? user : sameUserElsewhere).CallAsync("auth.getSession");
            response.AssertSuccess();
            Assert.Equal("3", response.Header("X-RateLimit-Limit"));
            Assert.Equal((2 - i).ToString(CultureInfo.InvariantCulture), response.Header("X-RateLimit-Remaining"));
        }

        var refused = await sameUserElsewhere.CallAsync("auth.getSession");
        refused.AssertError(429, 1501);
        Assert.NotNull(refused.Header("Retry-After"));
        Assert.NotNull(refused.Header("X-RateLimit-Reset"));

        using var anonymous = Client(cluster);
        (await anonymous.CallAsync("auth.verifyEmail", new { token = "x" })).AssertError(401, 1003);
        (await anonymous.CallAsync("auth.verifyEmail", new { token = "y" })).AssertError(401, 1003);
        (await anonymous.CallAsync("auth.verifyEmail", new { token = "z" })).AssertError(429, 1501);
        using var anotherAnonymous = Client(cluster);
        (await anotherAnonymous.CallAsync("auth.verifyEmail", new { token = "x" })).AssertError(401, 1003);
    }
}
