using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;
using Vrss.WebFront.Http;

namespace Vrss.WebFront.Tests.Http;

/// <summary>The web front's instruments say what happened (issue 14, item 1): calls, outcomes, latency, refusals.</summary>
public sealed class MetricsTests : ProductTests
{
    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    [Fact]
    public async Task RpcCalls_AreCountedByProcedureAndOutcome_WithTheirLatency_AndRefusalsByPolicy()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:RateLimits:auth.login:Limit"] = "1");
        var meters = cluster.Silos[0].Services.GetRequiredService<IMeterFactory>();
        using var calls = new MetricCollector<long>(meters, RpcMetrics.MeterName, "vrss.rpc.calls");
        using var latency = new MetricCollector<double>(meters, RpcMetrics.MeterName, "vrss.rpc.duration");
        using var refusals = new MetricCollector<long>(meters, RpcMetrics.MeterName, "vrss.rate_limit.refusals");
        using var client = Client(cluster);

        await client.RegisterAsync();
        (await client.CallAsync("post.create", new { type = "text_short", content = "" })).AssertError(400, 1201);
        (await client.CallAsync("nope.nothing")).AssertError(404, 1300);
        (await client.CallAsync("auth.login", new { login = "ghost", password = "Wrong-Password-1" })).AssertError(401, 1001);
        (await client.CallAsync("auth.login", new { login = "ghost", password = "Wrong-Password-1" })).AssertError(429, 1500);

        // Recorded once each answer went out: wait for them rather than race the last one.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await calls.WaitForMeasurementsAsync(5, guard.Token);
        await latency.WaitForMeasurementsAsync(5, guard.Token);
        await refusals.WaitForMeasurementsAsync(1, guard.Token);
        var recorded = calls.GetMeasurementSnapshot().Select(m => ($"{m.Tags["procedure"]}", $"{m.Tags["outcome"]}", m.Value)).ToList();
        Assert.Equal(
            [("auth.register", "ok", 1L), ("post.create", "1201", 1L), ("(unknown)", "1300", 1L), ("auth.login", "1001", 1L), ("auth.login", "1500", 1L)],
            recorded);
        Assert.Equal(5, latency.GetMeasurementSnapshot().Count);
        Assert.All(latency.GetMeasurementSnapshot(), m => Assert.True(m.Value > 0));
        var refusal = Assert.Single(refusals.GetMeasurementSnapshot());
        Assert.Equal("auth.login", refusal.Tags["policy"]);
    }

    [Fact]
    public async Task OpenLiveStreams_AreObservedOnTheSilo()
    {
        await using var cluster = await StartAsync();
        var meters = cluster.Silos[0].Services.GetRequiredService<IMeterFactory>();
        using var open = new MetricCollector<long>(meters, RpcMetrics.MeterName, "vrss.streams.open");
        using var client = Client(cluster);
        await client.RegisterAsync();

        await using (var stream = await SseClient.OpenAsync(client))
        {
            open.RecordObservableInstruments();
            Assert.Equal(1, open.LastMeasurement?.Value);
        }

        await Poll.UntilAsync(
            () =>
            {
                open.RecordObservableInstruments();
                return open.LastMeasurement?.Value == 0;
            },
            "the closed stream to leave the gauge");
    }
}
