using System.Diagnostics;
using OpenTelemetry.Trace;
using Vrss.Silo.Hosting;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;
using Xunit.Abstractions;

namespace Vrss.WebFront.Tests.Http;

/// <summary>
/// Traces say where a call's time went (issue 14, item 1): one RPC call is one trace, whose <c>rpc {procedure}</c> span
/// has the grain calls it made below it (Orleans' activity propagation, across silos) and, below those, PostgreSQL's
/// commands. The product's own telemetry composition runs, with the in-memory exporter in place of OTLP.
/// </summary>
public sealed class TracingTests(PostgresDatabaseFixture database, ITestOutputHelper output) : ProductTests, IClassFixture<PostgresDatabaseFixture>
{
    private readonly ExportedSpans _spans = new();

    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);

    [Fact]
    public async Task OneRpcCall_IsOneTrace_FromItsProcedureSpan_ThroughGrainCalls_ToPostgres()
    {
        await using var cluster = await StartAsync(
            o => o.ConfigureBuilder((builder, _) => builder.Services.AddVrssTelemetry(builder.Configuration, otel => otel.WithTracing(t => t.AddInMemoryExporter(_spans)))),
            silos: 2);
        using var client = Client(cluster, silo: 1);
        await client.RegisterAsync();

        var post = (await client.CallAsync("post.create", new { type = "text_short", content = "traced" })).AssertSuccess();

        // The spans are exported as they end, which for the outer ones is just after the answer went out.
        IReadOnlyList<Activity> below = [];
        Activity? rpc = null;
        await Poll.UntilAsync(
            () =>
            {
                var spans = _spans.Snapshot();
                // The listener is process-wide: test classes running beside this one add their own post.create spans.
                foreach (var candidate in spans.Where(s => s.DisplayName == "rpc post.create" && s.Status != ActivityStatusCode.Error))
                {
                    rpc = candidate;
                    below = Descendants(candidate, spans);
                    if (below.Any(s => s.Source.Name == "Npgsql") && below.Any(s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)))
                    {
                        return true;
                    }
                }

                return false;
            },
            "the rpc post.create span with its grain calls and PostgreSQL commands");

        foreach (var span in below)
        {
            output.WriteLine($"{span.Source.Name}: {span.DisplayName} {span.GetTagItem("db.query.text") ?? span.GetTagItem("db.statement")}");
        }

        Assert.Equal("post.create", rpc!.GetTagItem("rpc.method"));
        Assert.All(below, s => Assert.Equal(rpc.TraceId, s.TraceId));
        Assert.Contains(below, s => s.Source.Name == "Microsoft.Orleans.Application" && s.DisplayName.Contains("IUserGrain/CreatePost", StringComparison.Ordinal));
        Assert.Contains(below, s => s.Source.Name == "Microsoft.Orleans.Application" && s.DisplayName.Contains("IPostGrain/Create", StringComparison.Ordinal));
        var insert = Assert.Single(below, s => s.Source.Name == "Npgsql" && $"{s.GetTagItem("db.query.text") ?? s.GetTagItem("db.statement")}".Contains("INSERT INTO posts", StringComparison.OrdinalIgnoreCase));
        Assert.True(insert.StartTimeUtc >= rpc.StartTimeUtc && insert.StartTimeUtc + insert.Duration <= rpc.StartTimeUtc + rpc.Duration);
        Assert.NotNull(post.GetProperty("post").GetProperty("id").GetString());
    }

    // Every span of rpc's trace below it, following parent links.
    private static List<Activity> Descendants(Activity root, IReadOnlyList<Activity> spans)
    {
        var trace = spans.Where(s => s.TraceId == root.TraceId).ToList();
        var found = new List<Activity>();
        var parents = new HashSet<ActivitySpanId> { root.SpanId };
        bool added;
        do
        {
            var next = trace.Where(s => !found.Contains(s) && parents.Contains(s.ParentSpanId)).ToList();
            found.AddRange(next);
            parents.UnionWith(next.Select(s => s.SpanId));
            added = next.Count > 0;
        }
        while (added);

        return found;
    }
}
