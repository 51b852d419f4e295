using System.Net;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;
using Vrss.WebFront.Client;

namespace Vrss.WebFront.Tests.Client;

/// <summary>
/// The PWA served by the web front over real HTTP, from a folder shaped like the client's build: long caching for
/// hashed assets, revalidation for the rest, <c>index.html</c> for client routes (the emailed links among them),
/// and never the app in place of a missing file or an API, operator or probe address.
/// </summary>
public sealed class ClientFilesTests : ProductTests, IDisposable
{
    private readonly ClientFolder _client = new();

    public void Dispose() => _client.Dispose();

    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    private Task<TestCluster> StartWithClientAsync() => StartAsync(o => o.Configuration["Vrss:Client:Path"] = _client.Root);

    [Theory]
    [InlineData("/")]
    [InlineData("/u/alice")]
    [InlineData("/verify-email?token=abc123")]
    [InlineData("/reset-password?token=abc123")]
    [InlineData("/settings/security")]
    [InlineData("/index.html")]
    public async Task PagesOfTheClient_AnswerIndexHtml_RevalidatedEachTime(string address)
    {
        await using var cluster = await StartWithClientAsync();
        using var client = Client(cluster);

        using var response = await client.Http.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(ClientFolder.IndexMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy")!;
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("worker-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("manifest-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("https:;", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHeadOfAClientRoute_AnswersLikeAGet_WithoutABody()
    {
        await using var cluster = await StartWithClientAsync();
        using var client = Client(cluster);

        using var response = await client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/u/alice"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(ClientFolder.Asset, "text/javascript", ClientFiles.ImmutableCaching)]
    [InlineData("/assets/index-C9fQ1aPw.css", "text/css", ClientFiles.ImmutableCaching)]
    [InlineData("/sw.js", "text/javascript", "no-cache")]
    [InlineData("/registerSW.js", "text/javascript", "no-cache")]
    [InlineData("/manifest.webmanifest", "application/manifest+json", "no-cache")]
    [InlineData("/icon-192.png", "image/png", "no-cache")]
    public async Task Files_AreServedWithTheirTypeAndCachePolicy(string address, string contentType, string caching)
    {
        await using var cluster = await StartWithClientAsync();
        using var client = Client(cluster);

        using var response = await client.Http.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(caching, response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain(ClientFolder.IndexMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The service worker's own policy governs what it may fetch: the app's, not the API's "default-src 'none'".
        Assert.Contains("connect-src 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/index-Missing1.js")]
    [InlineData("/assets/chunk")]
    [InlineData("/favicon.ico")]
    [InlineData("/u/alice/avatar.png")]
    public async Task AMissingFile_Is404_NeverTheApp(string address)
    {
        await using var cluster = await StartWithClientAsync();
        using var client = Client(cluster);

        using var response = await client.Http.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(ClientFolder.IndexMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/api", HttpStatusCode.NotFound)]
    [InlineData("/API/Nothing", HttpStatusCode.NotFound)]
    [InlineData("/admin/settings", HttpStatusCode.NotFound)]
    [InlineData("/health/nope", HttpStatusCode.NotFound)]
    [InlineData("/api/rpc", HttpStatusCode.MethodNotAllowed)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/api/openapi.json", HttpStatusCode.OK)]
    public async Task ApiOperatorAndProbeAddresses_AreNeverAnsweredWithTheApp(string address, HttpStatusCode status)
    {
        await using var cluster = await StartWithClientAsync();
        using var client = Client(cluster);

        using var response = await client.Http.GetAsync(address);

        Assert.Equal(status, response.StatusCode);
        Assert.DoesNotContain(ClientFolder.IndexMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiStillWorks_BesideTheClient_AndAPostToAPageIsNotThePage()
    {
        await using var cluster = await StartWithClientAsync();
        using var client = Client(cluster);

        await client.RegisterAsync();
        (await client.CallAsync("auth.getSession")).AssertSuccess();
        using var post = await client.Http.PostAsync("/u/alice", new StringContent("x"));

        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.DoesNotContain(ClientFolder.IndexMarker, await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAClientFolder_TheSiloAnswersAsAnApiOnlyOne()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:Client:Path"] = Path.Combine(_client.Root, "absent"));
        using var client = Client(cluster);

        using var root = await client.Http.GetAsync("/");
        using var route = await client.Http.GetAsync("/u/alice");

        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, route.StatusCode);
        (await client.CallAsync("auth.getSession")).AssertError(401, 1000);
    }

    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("identity", null)]
    [InlineData(null, null)]
    public async Task AHashedScript_IsAnsweredWithTheBuildsCompressedCopy_TheBrowserAccepts(string? accepted, string? encoding)
    {
        await using var cluster = await StartWithClientAsync();
        using var client = Client(cluster);

        // A client of its own: the shared one may decompress by itself and hide Content-Encoding.
        using var raw = new HttpClient { BaseAddress = client.Http.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, ClientFolder.Asset);
        if (accepted is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", accepted);
        }

        using var response = await raw.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ClientFiles.ImmutableCaching, response.Headers.CacheControl?.ToString());
        Assert.Equal("Accept-Encoding", Header(response, "Vary"));
        Assert.Equal(encoding, Header(response, "Content-Encoding"));
        var body = await response.Content.ReadAsByteArrayAsync();
        var expected = encoding switch
        {
            "br" => ClientFolder.BrotliCopy,
            "gzip" => ClientFolder.GzipCopy,
            _ => "console.log('app');"u8.ToArray(),
        };
        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task ACompressedCopyAskedForByName_Is404()
    {
        await using var cluster = await StartWithClientAsync();
        using var client = Client(cluster);

        using var response = await client.Http.GetAsync(ClientFolder.Asset + ".br");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;
}
