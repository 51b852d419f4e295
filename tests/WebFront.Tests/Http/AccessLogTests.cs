using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Vrss.Silo.Hosting;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Http;

/// <summary>Logs people can use (issue 14, item 2): an access line per request, ids in scope and in the answer.</summary>
public sealed class AccessLogTests : ProductTests
{
    private const string Category = "Vrss.WebFront.Http.AccessLogMiddleware";

    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    [Fact]
    public async Task EveryRequest_GetsOneAccessLine_WithProcedureStatusCorrelationAndUser_ButNoSecrets()
    {
        var logs = new LogCapture();
        await using var cluster = await StartAsync(o => o.CaptureLogs(logs, LogLevel.Information));
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        var answer = await client.SendAsync(Rpc("auth.getSession", new { }, "trace-42"));
        answer.AssertSuccess();
        var failed = await client.SendAsync(Rpc("auth.login", new { login = account.Username, password = "Wrong-Password-1" }, "trace-43"));
        failed.AssertError(401, 1001);
        (await client.Http.GetAsync(new Uri("/health/live", UriKind.Relative))).EnsureSuccessStatusCode();

        // The line is written once the answer went out, so it may follow the client's read by a moment.
        await Poll.UntilAsync(
            () => logs.Entries.Where(e => e.Category == Category) is var access
                && access.Any(l => l.Scopes.Contains($"RequestId={answer.RequestId}"))
                && access.Any(l => l.Scopes.Contains($"RequestId={failed.RequestId}"))
                && access.Any(l => l.Message.StartsWith("GET /health/live", StringComparison.Ordinal)),
            "the access lines");
        var lines = logs.Entries.Where(e => e.Category == Category).ToList();
        var session = Assert.Single(lines, l => l.Scopes.Contains($"RequestId={answer.RequestId}"));
        Assert.Matches(@"^POST /api/rpc auth\.getSession answered 200 in \d+\.\d ms \(correlation trace-42, user " + account.Id + @"\)$", session.Message);
        var login = Assert.Single(lines, l => l.Scopes.Contains($"RequestId={failed.RequestId}"));
        Assert.Matches(@"^POST /api/rpc auth\.login answered 401 in \d+\.\d ms \(correlation trace-43, user " + account.Id + @"\)$", login.Message);
        Assert.Contains(lines, l => l.Message.StartsWith("GET /health/live - answered 200", StringComparison.Ordinal));

        // The correlation id is in the scope of the request's other lines, and in the answer, error or not.
        Assert.Equal("trace-42", answer.Root!.Value.GetProperty("metadata").GetProperty("correlationId").GetString());
        Assert.Equal("trace-43", failed.Root!.Value.GetProperty("metadata").GetProperty("correlationId").GetString());
        foreach (var secret in new[] { account.Token, account.Password, "Wrong-Password-1", account.Email })
        {
            Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(secret, StringComparison.OrdinalIgnoreCase) || e.Scopes.Any(s => s.Contains(secret, StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public async Task ACorrelationIdThatCouldForgeLogLines_IsIgnored()
    {
        var logs = new LogCapture();
        await using var cluster = await StartAsync(o => o.CaptureLogs(logs, LogLevel.Information));
        using var client = Client(cluster);

        var answer = await client.SendAsync(Rpc("discovery.getDiscoverFeed", new { }, "x\nGET /admin answered 200"));

        answer.AssertSuccess();
        Assert.False(answer.Root!.Value.GetProperty("metadata").TryGetProperty("correlationId", out _));
        await Poll.UntilAsync(() => logs.Entries.Any(l => l.Category == Category && l.Scopes.Contains($"RequestId={answer.RequestId}")), "the access line");
        var line = Assert.Single(logs.Entries, l => l.Category == Category && l.Scopes.Contains($"RequestId={answer.RequestId}"));
        Assert.Contains("(correlation -, user -)", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonConsoleOutput_IsChosenByConfiguration_AsTheProductComposesIt()
    {
        // Composed exactly as src/Silo/Program.cs does (the test cluster's silos use a slimmer host).
        var builder = WebApplication.CreateBuilder(["--Logging:Console:FormatterName=json", "--Logging:Console:FormatterOptions:IncludeScopes=true"]);
        builder.AddVrssSilo();
        await using var app = builder.Build();

        Assert.Equal("json", app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
        Assert.Contains(app.Services.GetServices<ConsoleFormatter>(), f => f.Name == "json");
        Assert.True(app.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.IncludeScopes);
    }

    private static HttpRequestMessage Rpc(string procedure, object input, string correlationId) =>
        new(HttpMethod.Post, "/api/rpc")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { procedure, input, context = new { correlationId } }), Encoding.UTF8, "application/json"),
        };
}
