using System.Net;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Http;

/// <summary>
/// Prometheus' <c>/metrics</c> (issue 14, item 1): absent unless switched on, and then served only to the admin
/// networks (loopback by default); anyone else gets the same 404 as when it is off.
/// </summary>
public sealed class PrometheusEndpointTests : ProductTests
{
    private static readonly IPAddress s_proxy = IPAddress.Parse("127.254.254.254");

    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    [Fact]
    public async Task Metrics_AreNotServed_ByDefault()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();

        using var response = await client.Http.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_WhenEnabled_AreServedToLoopback_InPrometheusText_WithTheRpcCalls()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:Observability:PrometheusEndpoint"] = "true");
        using var client = Client(cluster);
        await client.RegisterAsync();

        // The call is counted once its answer went out; the exporter may also serve a scrape cached a moment earlier.
        string text = "";
        await Poll.UntilAsync(
            async () =>
            {
                using var response = await client.Http.GetAsync(new Uri("/metrics", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
                text = await response.Content.ReadAsStringAsync();
                return text.Contains("procedure=\"auth.register\"", StringComparison.Ordinal);
            },
            "auth.register in the scrape");

        var line = text.Split('\n').First(l => l.StartsWith("vrss_rpc_calls", StringComparison.Ordinal) && l.Contains("procedure=\"auth.register\"", StringComparison.Ordinal));
        Assert.Contains("outcome=\"ok\"", line, StringComparison.Ordinal);
        // At least this call (the meter listener sees every silo in the test process, including other tests').
        Assert.True(double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) >= 1, line);
        Assert.Contains("# TYPE vrss_rpc_duration_milliseconds histogram", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AreRefused_ToClientsOutsideTheAdminNetworks()
    {
        await using var cluster = await StartAsync(o =>
        {
            o.Configuration["Vrss:Observability:PrometheusEndpoint"] = "true";
            o.Configuration["Vrss:Observability:PrometheusAllowedNetworks"] = "10.20.0.0/16";
            o.Configuration["Vrss:WebFront:TrustedProxies"] = "127.254.254.0/24";
        });
        using var proxy = new RpcClient(cluster.Silos[0].HttpAddress, s_proxy);
        using var local = Client(cluster);

        Assert.Equal(HttpStatusCode.NotFound, await ScrapeAsync(proxy, forwardedFor: "198.51.100.9"));
        Assert.Equal(HttpStatusCode.OK, await ScrapeAsync(proxy, forwardedFor: "10.20.3.4"));

        // The list replaces the loopback default: the proxy's own address and a local client are outside it too.
        Assert.Equal(HttpStatusCode.NotFound, await ScrapeAsync(proxy, forwardedFor: null));
        Assert.Equal(HttpStatusCode.NotFound, await ScrapeAsync(local, forwardedFor: null));
    }

    private static async Task<HttpStatusCode> ScrapeAsync(RpcClient client, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        }

        using var response = await client.Http.SendAsync(request);
        return response.StatusCode;
    }
}
