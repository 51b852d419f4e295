using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Tests.Rpc;

/// <summary>Every error path of <c>/api/rpc</c>: its own code and status, a valid envelope, never an unplanned 5xx.</summary>
public abstract class RpcErrorModelTests : ProductTests
{
    private readonly LogCapture _logs = new();

    private Task<TestCluster> StartWithFaultsAsync(Action<TestClusterOptions>? configure = null) => StartAsync(o =>
    {
        o.ConfigureServices(s => s.AddRpcProcedure<FaultProcedure>());
        o.CaptureLogs(_logs);
        configure?.Invoke(o);
    });

    [Fact]
    public async Task Success_HasDataMetadataTimestampAndTheRequestId()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var response = await client.CallAsync("test.fault", new { kind = "none", unknownField = new { deep = 1 } });

        Assert.Equal("{}", response.AssertSuccess().GetRawText());
        var timestamp = response.Root!.Value.GetProperty("metadata").GetProperty("timestamp").GetInt64();
        Assert.InRange(timestamp, before - 1000, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 1000);
        Assert.Matches("^[0-9a-f]{32}$", response.RequestId);
        var again = await client.CallAsync("test.fault", new { kind = "none" });
        Assert.NotEqual(response.RequestId, again.RequestId);
    }

    [Fact]
    public async Task MalformedJson_Is400_1203()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        foreach (var body in new[] { "{", "{\"procedure\":", "not json", "{\"procedure\":\"auth.login\",}", "{'procedure':'x'}", "", "{\"a\":1} trailing", "{\"procedure\":\"x\" /* c */}" })
        {
            (await client.PostJsonBytesAsync(Encoding.UTF8.GetBytes(body))).AssertError(400, 1203);
        }

        foreach (var body in new[] { "[]", "\"auth.login\"", "42", "null", "true" })
        {
            (await client.PostJsonBytesAsync(Encoding.UTF8.GetBytes(body))).AssertError(400, 1203);
        }
    }

    [Fact]
    public async Task WrongContentType_Is400_1203()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        var form = new StringContent("procedure=auth.getSession", Encoding.UTF8, "application/x-www-form-urlencoded");
        (await client.PostAsync(form)).AssertError(400, 1203);
        var text = new StringContent("{\"procedure\":\"auth.getSession\"}", Encoding.UTF8, "text/plain");
        (await client.PostAsync(text)).AssertError(400, 1203);
        var none = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"procedure\":\"test.fault\"}"));
        (await client.PostAsync(none)).AssertError(400, 1203);
    }

    [Fact]
    public async Task MissingProcedure_Is400_1202()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        foreach (var body in new[] { "{}", "{\"input\":{}}", "{\"procedure\":null}" })
        {
            var response = await client.PostJsonBytesAsync(Encoding.UTF8.GetBytes(body));
            response.AssertError(400, 1202);
            Assert.Equal("procedure", response.ErrorField);
        }
    }

    [Fact]
    public async Task UnknownProcedure_Is404_1300()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        (await client.CallAsync("no.such")).AssertError(404, 1300);
        (await client.CallAsync("AUTH.LOGIN")).AssertError(404, 1300);
        (await client.CallAsync("")).AssertError(404, 1300);
    }

    [Fact]
    public async Task WrongFieldType_Is400_1200_NamingTheField()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        var cases = new (string Body, string Field)[]
        {
            ("{\"procedure\":5}", "procedure"),
            ("{\"procedure\":{\"a\":1}}", "procedure"),
            ("{\"procedure\":\"test.fault\",\"input\":[]}", "input"),
            ("{\"procedure\":\"test.fault\",\"input\":\"x\"}", "input"),
            ("{\"procedure\":\"test.fault\",\"context\":7}", "context"),
            ("{\"procedure\":\"test.fault\",\"input\":{\"kind\":5}}", "kind"),
            ("{\"procedure\":\"test.fault\",\"input\":{\"number\":\"5\"}}", "number"),
            ("{\"procedure\":\"test.fault\",\"input\":{\"number\":1.5}}", "number"),
            ("{\"procedure\":\"test.fault\",\"input\":{\"number\":99999999999999999999}}", "number"),
            ("{\"procedure\":\"test.fault\",\"input\":{\"flag\":\"true\"}}", "flag"),
            ("{\"procedure\":\"test.fault\",\"input\":{\"tags\":\"a\"}}", "tags"),
            ("{\"procedure\":\"test.fault\",\"input\":{\"tags\":[1]}}", "tags[0]"),
            ("{\"procedure\":\"test.fault\",\"input\":{\"nested\":{\"year\":\"1999\"}}}", "nested.year"),
            ("{\"procedure\":\"test.fault\",\"input\":{\"at\":\"yesterday\"}}", "at"),
            ("{\"procedure\":\"auth.login\",\"input\":{\"login\":[\"a\"],\"password\":\"x\"}}", "login"),
        };

        foreach (var (body, field) in cases)
        {
            var response = await client.PostJsonBytesAsync(Encoding.UTF8.GetBytes(body));
            response.AssertError(400, 1200);
            Assert.Equal(field, response.ErrorField);
        }
    }

    [Fact]
    public async Task UnknownInputFields_AreIgnored()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        (await client.CallAsync("test.fault", new { kind = "none", extra = new[] { 1, 2 }, Number = 3 })).AssertSuccess();
        (await client.PostJsonBytesAsync(Encoding.UTF8.GetBytes("{\"procedure\":\"test.fault\",\"input\":{},\"context\":{\"correlationId\":\"abc\"},\"other\":1}"))).AssertSuccess();
    }

    [Fact]
    public async Task BodyOverOneMebibyte_Is413_WithADeclaredLengthOrChunked()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        var big = Encoding.UTF8.GetBytes("{\"procedure\":\"test.fault\",\"input\":{\"kind\":\"" + new string('a', 1024 * 1024) + "\"}}");

        var declared = new ByteArrayContent(big);
        declared.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/rpc") { Content = declared };
        request.Headers.ExpectContinue = true;
        (await client.SendAsync(request)).AssertError(413, 1602);

        var chunked = new StreamContent(new MemoryStream(big));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var chunkedRequest = new HttpRequestMessage(HttpMethod.Post, "/api/rpc") { Content = chunked };
        chunkedRequest.Headers.TransferEncodingChunked = true;
        (await client.SendAsync(chunkedRequest)).AssertError(413, 1602);

        // Exactly at the limit is still read (and here refused only for its content).
        var atLimit = Encoding.UTF8.GetBytes("{\"procedure\":\"test.fault\",\"input\":{\"kind\":\"\"}}");
        var padded = new byte[1024 * 1024];
        Array.Fill(padded, (byte)' ');
        atLimit.CopyTo(padded, 0);
        (await client.PostJsonBytesAsync(padded)).AssertSuccess();
    }

    [Fact]
    public async Task OtherMethods_Are405()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            var response = await client.SendAsync(new HttpRequestMessage(method, "/api/rpc"));
            Assert.Equal(405, response.StatusCode);
            Assert.Equal("POST", response.Header("Allow"));
            response.AssertEnvelope();
            Assert.False(response.Success);
        }
    }

    [Fact]
    public async Task UnexpectedException_Is500_1900_WithOnlyTheRequestId_AndIsLoggedWithIt()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);

        var response = await client.CallAsync("test.fault", new { kind = "bug" });

        response.AssertError(500, 1900);
        Assert.DoesNotContain("hunter2", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", response.Body, StringComparison.Ordinal);
        var entry = Assert.Single(_logs.Entries, e => e.Exception?.Message == FaultProcedure.Secret);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains(response.RequestId!, entry.Message, StringComparison.Ordinal);
        Assert.Contains($"RequestId={response.RequestId}", entry.Scopes);
    }

    [Fact]
    public async Task UnavailableDependencies_Are503_WithoutDetail()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        foreach (var (kind, code) in new[] { ("rejected", 1902), ("silo", 1902), ("timeout", 1902) })
        {
            var response = await client.CallAsync("test.fault", new { kind });
            response.AssertError(503, code);
            Assert.DoesNotContain("hunter2", response.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryResponse_HasARequestIdAndSecurityHeaders()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        var responses = new List<RpcResponse>
        {
            await client.CallAsync("test.fault", new { kind = "none" }),
            await client.CallAsync("test.fault", new { kind = "bug" }),
            await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/rpc")),
            await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health/live")),
            await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/no/such/page")),
        };

        foreach (var response in responses)
        {
            Assert.Matches("^[0-9a-f]{32}$", response.RequestId);
            Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
            Assert.Equal("no-referrer", response.Header("Referrer-Policy"));
            Assert.Contains("default-src 'none'", response.Header("Content-Security-Policy"), StringComparison.Ordinal);
        }

        Assert.Equal("no-store", responses[0].Header("Cache-Control"));
    }

    [Fact]
    public async Task HtmlResponses_GetThePwaContentSecurityPolicy()
    {
        await using var cluster = await StartWithFaultsAsync(o => o.ConfigureApp(app => app.MapGet("/index.html", () => Microsoft.AspNetCore.Http.Results.Content("<html></html>", "text/html"))));
        using var client = Client(cluster);

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/index.html"));

        var csp = response.Header("Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_AllowsCredentialsOnlyForConfiguredOrigins()
    {
        const string pwa = "https://app.example.com";
        await using var cluster = await StartWithFaultsAsync(o => o.Configuration["Vrss:WebFront:CorsOrigins"] = $"{pwa}, https://other.example.com");
        using var client = Client(cluster);

        var preflight = await client.SendAsync(Preflight(pwa));
        Assert.Equal(204, preflight.StatusCode);
        Assert.Equal(pwa, preflight.Header("Access-Control-Allow-Origin"));
        Assert.Equal("true", preflight.Header("Access-Control-Allow-Credentials"));
        Assert.Contains("POST", preflight.Header("Access-Control-Allow-Methods"), StringComparison.Ordinal);

        var evil = await client.SendAsync(Preflight("https://evil.example.net"));
        Assert.Null(evil.Header("Access-Control-Allow-Origin"));
        Assert.Null(evil.Header("Access-Control-Allow-Credentials"));

        var call = new HttpRequestMessage(HttpMethod.Post, "/api/rpc") { Content = new StringContent("{\"procedure\":\"test.fault\"}", Encoding.UTF8, "application/json") };
        call.Headers.Add("Origin", pwa);
        var answer = await client.SendAsync(call);
        answer.AssertSuccess();
        Assert.Equal(pwa, answer.Header("Access-Control-Allow-Origin"));
        Assert.Contains("X-Request-Id", answer.Header("Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);

        var foreign = new HttpRequestMessage(HttpMethod.Post, "/api/rpc") { Content = new StringContent("{\"procedure\":\"test.fault\"}", Encoding.UTF8, "application/json") };
        foreign.Headers.Add("Origin", "https://evil.example.net");
        Assert.Null((await client.SendAsync(foreign)).Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task WithoutConfiguredOrigins_NoCorsHeadersAreSent()
    {
        await using var cluster = await StartWithFaultsAsync();
        using var client = Client(cluster);
        var response = await client.SendAsync(Preflight("https://app.example.com"));
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/rpc");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
