using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Vrss.Testing.EndToEnd;

namespace Vrss.Security.Tests.Proxies;

/// <summary>
/// Finding 5: behind a proxy every client shared the proxy's address (one client could lock all out), and the
/// forwarded headers could not be honoured safely. Only listed proxies are believed now; IPv6 clients count by /64.
/// </summary>
public sealed class TrustedProxyTests : MemoryProductTests
{
    private static readonly IPAddress s_proxy = IPAddress.Parse("127.254.254.254");

    [Fact]
    public async Task ForwardedHeaders_FromAnUnlistedPeer_AreIgnored()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:RateLimits:auth.login:Limit"] = "2");
        using var client = Client(cluster);

        // Claiming a new address on every attempt does not buy a new budget.
        (await FailLoginAsync(client, forwardedFor: "198.51.100.1")).AssertError(401, 1001);
        (await FailLoginAsync(client, forwardedFor: "198.51.100.2")).AssertError(401, 1001);
        (await FailLoginAsync(client, forwardedFor: "198.51.100.3")).AssertError(429, 1500);

        // Nor does claiming HTTPS make cookies Secure or turn HSTS on over plain HTTP.
        var registered = await RegisterAsync(client, proto: "https");
        Assert.DoesNotContain(registered.SetCookies, c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Null(registered.Header("Strict-Transport-Security"));
    }

    [Fact]
    public async Task AListedProxy_ForwardsTheClientAddress_ThatRateLimitsCount()
    {
        await using var cluster = await StartAsync(o =>
        {
            o.Configuration["Vrss:WebFront:TrustedProxies"] = "10.9.8.7, 127.254.254.0/24";
            o.Configuration["Vrss:RateLimits:auth.login:Limit"] = "2";
        });
        using var proxy = new RpcClient(cluster.Silos[0].HttpAddress, s_proxy);

        (await FailLoginAsync(proxy, forwardedFor: "198.51.100.7")).AssertError(401, 1001);
        (await FailLoginAsync(proxy, forwardedFor: "198.51.100.7")).AssertError(401, 1001);
        (await FailLoginAsync(proxy, forwardedFor: "198.51.100.7")).AssertError(429, 1500);

        // Another client behind the same proxy keeps its own budget.
        (await FailLoginAsync(proxy, forwardedFor: "198.51.100.8")).AssertError(401, 1001);

        // A client that forged its own X-Forwarded-For before the proxy appended the real one: the proxy's entry
        // (the last) is the one believed, because the forged one came from an unlisted address.
        (await FailLoginAsync(proxy, forwardedFor: "203.0.113.1, 198.51.100.7")).AssertError(429, 1500);
    }

    [Fact]
    public async Task IPv6Clients_AreCountedByTheirSlash64()
    {
        await using var cluster = await StartAsync(o =>
        {
            o.Configuration["Vrss:WebFront:TrustedProxies"] = "127.254.254.254";
            o.Configuration["Vrss:RateLimits:auth.login:Limit"] = "2";
        });
        using var proxy = new RpcClient(cluster.Silos[0].HttpAddress, s_proxy);

        (await FailLoginAsync(proxy, forwardedFor: "2001:db8:1:2::1")).AssertError(401, 1001);
        (await FailLoginAsync(proxy, forwardedFor: "2001:db8:1:2:ffff:ffff:ffff:ffff")).AssertError(401, 1001);
        (await FailLoginAsync(proxy, forwardedFor: "2001:db8:1:2:abcd::9")).AssertError(429, 1500);
        (await FailLoginAsync(proxy, forwardedFor: "2001:db8:1:3::1")).AssertError(401, 1001);
    }

    [Fact]
    public async Task HttpsForwardedByAListedProxy_MakesCookiesSecure_AndSendsHsts()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:WebFront:TrustedProxies"] = "127.254.254.254");
        using var proxy = new RpcClient(cluster.Silos[0].HttpAddress, s_proxy);

        var registered = await RegisterAsync(proxy, proto: "https");

        var cookie = Assert.Single(registered.SetCookies, c => c.StartsWith("vrss_session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("max-age=31536000", registered.Header("Strict-Transport-Security"));
    }

    [Fact]
    public async Task AnEntryThatIsNoAddress_StopsTheSiloAtStartUp()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var cluster = await StartAsync(o => o.Configuration["Vrss:WebFront:TrustedProxies"] = "10.0.0.1, proxy.example.com");
        });

        Assert.IsType<OptionsValidationException>(failure.GetBaseException());
    }

    private static Task<RpcResponse> FailLoginAsync(RpcClient client, string forwardedFor) =>
        SendAsync(client, "auth.login", new { login = TestAccounts.UniqueUsername("nobody"), password = "Wrong-Password-1" }, forwardedFor, proto: null);

    private static Task<RpcResponse> RegisterAsync(RpcClient client, string proto)
    {
        var username = TestAccounts.UniqueUsername();
        return SendAsync(client, "auth.register", new { username, email = $"{username}@example.com", password = TestAccounts.DefaultPassword }, null, proto);
    }

    private static Task<RpcResponse> SendAsync(RpcClient client, string procedure, object input, string? forwardedFor, string? proto)
    {
        var body = JsonSerializer.Serialize(new { procedure, input });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/rpc") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        }

        if (proto is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", proto);
        }

        return client.SendAsync(request);
    }
}
