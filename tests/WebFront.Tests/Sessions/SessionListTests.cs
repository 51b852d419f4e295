using System.Net;
using System.Text.Json;
using Vrss.GrainInterfaces.Sessions;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Sessions;

/// <summary>
/// <c>auth.listSessions</c> and <c>auth.revokeSession</c> end to end over HTTP: a user sees each device signed in
/// (its network, never its exact address; its user agent, shortened) and signs a lost one out.
/// </summary>
public abstract class SessionListTests : ProductTests
{
    private const string LaptopAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

    [Fact]
    public async Task List_ShowsEachSessionWithItsNetworkAndShortenedUserAgent_AndMarksTheCurrentOne()
    {
        await using var cluster = await StartAsync();
        using var laptop = Client(cluster);
        laptop.Http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", LaptopAgent);
        var account = await laptop.RegisterAsync();
        var phoneAgent = "PhoneBrowser/1.0 " + new string('x', 400);
        using var phone = await SignInElsewhereAsync(cluster, account, phoneAgent);

        var response = await laptop.CallAsync("auth.listSessions");
        var items = response.AssertSuccess().GetProperty("items").EnumerateArray().ToList();
        var current = (await laptop.CallAsync("auth.getSession")).AssertSuccess().GetProperty("session").GetProperty("sessionId").GetString();

        Assert.Equal(2, items.Count);
        var (newest, oldest) = (items[0], items[1]);
        Assert.Equal(Network(phone.SourceAddress), newest.GetProperty("ip").GetString());
        Assert.Equal(phoneAgent[..SessionDevice.MaxUserAgentLength], newest.GetProperty("userAgent").GetString());
        Assert.False(newest.GetProperty("current").GetBoolean());
        Assert.Equal(Network(laptop.SourceAddress), oldest.GetProperty("ip").GetString());
        Assert.EndsWith(".0", oldest.GetProperty("ip").GetString(), StringComparison.Ordinal);
        Assert.Equal(LaptopAgent, oldest.GetProperty("userAgent").GetString());
        Assert.True(oldest.GetProperty("current").GetBoolean());
        Assert.Equal(current, oldest.GetProperty("sessionId").GetString());
        Assert.True(newest.GetProperty("createdAt").GetDateTimeOffset() >= oldest.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", newest.GetProperty("lastUsedAt").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("nextCursor").ValueKind);

        // A session's public id gives nothing away: neither the token nor the key its grain is stored under.
        foreach (var token in new[] { account.Token, phone.BearerToken! })
        {
            Assert.DoesNotContain(token, response.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(SecretToken.KeyOf(token)[..16], response.Body, StringComparison.OrdinalIgnoreCase);
        }

        var firstPage = (await laptop.CallAsync("auth.listSessions", new { limit = 1 })).AssertSuccess();
        var secondPage = (await laptop.CallAsync("auth.listSessions", new { limit = 1, cursor = firstPage.GetProperty("nextCursor").GetString() })).AssertSuccess();
        Assert.Equal(newest.GetProperty("sessionId").GetString(), Assert.Single(firstPage.GetProperty("items").EnumerateArray()).GetProperty("sessionId").GetString());
        Assert.Equal(current, Assert.Single(secondPage.GetProperty("items").EnumerateArray()).GetProperty("sessionId").GetString());
    }

    [Fact]
    public async Task Revoke_SignsThatDeviceOutAtOnce_AndOnlyIt()
    {
        await using var cluster = await StartAsync();
        using var laptop = Client(cluster);
        var account = await laptop.RegisterAsync();
        using var lost = await SignInElsewhereAsync(cluster, account, "LostPhone/1.0");
        (await lost.CallAsync("auth.getSession")).AssertSuccess();
        var lostId = SessionIdOf(await laptop.CallAsync("auth.listSessions"), "LostPhone/1.0");

        Assert.Equal("{}", (await laptop.CallAsync("auth.revokeSession", new { sessionId = lostId })).AssertSuccess().GetRawText());

        (await lost.CallAsync("auth.getSession")).AssertError(401, 1000);
        (await laptop.CallAsync("auth.getSession")).AssertSuccess();
        var left = (await laptop.CallAsync("auth.listSessions")).AssertSuccess().GetProperty("items").EnumerateArray().ToList();
        Assert.True(Assert.Single(left).GetProperty("current").GetBoolean());
        (await laptop.CallAsync("auth.revokeSession", new { sessionId = lostId })).AssertError(404, 1301);
    }

    [Fact]
    public async Task Revoke_AnotherUsersSession_IsNotFound_LikeOneThatNeverExisted_AndLeavesItAlone()
    {
        await using var cluster = await StartAsync();
        using var attacker = Client(cluster);
        await attacker.RegisterAsync();
        using var victim = Client(cluster);
        await victim.RegisterAsync();
        var victimId = (await victim.CallAsync("auth.getSession")).AssertSuccess().GetProperty("session").GetProperty("sessionId").GetString();

        var theirs = await attacker.CallAsync("auth.revokeSession", new { sessionId = victimId });
        var unknown = await attacker.CallAsync("auth.revokeSession", new { sessionId = "0123456789abcdef0123456789abcdef" });

        theirs.AssertError(404, 1301);
        unknown.AssertError(404, 1301);
        Assert.Equal(unknown.Root!.Value.GetProperty("error").GetRawText(), theirs.Root!.Value.GetProperty("error").GetRawText());
        (await victim.CallAsync("auth.getSession")).AssertSuccess();
        Assert.DoesNotContain(victimId!, (await attacker.CallAsync("auth.listSessions")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_TheCurrentSession_IsALogout()
    {
        await using var cluster = await StartAsync();
        using var browser = Client(cluster);
        var account = await browser.RegisterAsync();
        var currentId = (await browser.CallAsync("auth.getSession")).AssertSuccess().GetProperty("session").GetProperty("sessionId").GetString();

        var revoked = await browser.CallAsync("auth.revokeSession", new { sessionId = currentId });

        revoked.AssertSuccess();
        Assert.Contains(revoked.SetCookies, c => c.StartsWith("vrss_session=;", StringComparison.Ordinal) && c.Contains("max-age=0", StringComparison.OrdinalIgnoreCase));
        using var replay = new RpcClient(browser.BaseAddress, useCookies: false) { BearerToken = account.Token };
        (await replay.CallAsync("auth.getSession")).AssertError(401, 1000);
    }

    [Fact]
    public async Task LastUse_IsWrittenAtMostEveryFiveMinutes_AndARenewalCountsAsOne()
    {
        var start = DateTimeOffset.UtcNow;
        var clock = new ManualTimeProvider(new DateTimeOffset(start.UtcTicks - (start.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero));
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        using var laptop = Client(cluster);
        var account = await laptop.RegisterAsync();
        var loggedIn = clock.GetUtcNow();
        using var phone = await SignInElsewhereAsync(cluster, account, "Phone/2.0");

        clock.Advance(TimeSpan.FromMinutes(4));
        (await phone.CallAsync("auth.getSession")).AssertSuccess();
        Assert.Equal(loggedIn, await PhoneLastUsedAsync());

        clock.Advance(TimeSpan.FromMinutes(2));
        (await phone.CallAsync("auth.getSession")).AssertSuccess();
        var used = clock.GetUtcNow();
        Assert.Equal(used, await PhoneLastUsedAsync());

        clock.Advance(TimeSpan.FromMinutes(1));
        (await phone.CallAsync("auth.getSession")).AssertSuccess();
        Assert.Equal(used, await PhoneLastUsedAsync());

        clock.Advance(TimeSpan.FromDays(1));
        (await phone.CallAsync("auth.getSession")).AssertSuccess();
        Assert.Equal(clock.GetUtcNow(), await PhoneLastUsedAsync());

        async Task<DateTimeOffset> PhoneLastUsedAsync()
        {
            var items = (await laptop.CallAsync("auth.listSessions")).AssertSuccess().GetProperty("items").EnumerateArray();
            return items.Single(i => i.GetProperty("userAgent").GetString() == "Phone/2.0").GetProperty("lastUsedAt").GetDateTimeOffset();
        }
    }

    [Fact]
    public async Task Procedures_NeedASession_AndASessionId()
    {
        await using var cluster = await StartAsync();
        using var anonymous = Client(cluster);
        (await anonymous.CallAsync("auth.listSessions")).AssertError(401, 1000);
        (await anonymous.CallAsync("auth.revokeSession", new { sessionId = "x" })).AssertError(401, 1000);

        using var client = Client(cluster);
        await client.RegisterAsync();
        var missing = await client.CallAsync("auth.revokeSession", new { });
        missing.AssertError(400, 1202);
        Assert.Equal("sessionId", missing.ErrorField);
        (await client.CallAsync("auth.listSessions", new { limit = 101 })).AssertError(400, 1201);
    }

    // What the server keeps of a client's address: its /24.
    private static string Network(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return $"{bytes[0]}.{bytes[1]}.{bytes[2]}.0";
    }

    private static string SessionIdOf(RpcResponse list, string userAgent) =>
        list.AssertSuccess().GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("userAgent").GetString() == userAgent)
            .GetProperty("sessionId").GetString()!;

    // Another device of the user, from its own address and with its own user agent, used through a bearer token.
    private static async Task<RpcClient> SignInElsewhereAsync(TestCluster cluster, TestAccount user, string userAgent)
    {
        var device = new RpcClient(cluster.Silos[0].HttpAddress, useCookies: false);
        device.Http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        device.BearerToken = await device.LoginAsync(user.Username, user.Password);
        return device;
    }
}
