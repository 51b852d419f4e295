using System.Net.Http;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Http;

/// <summary>
/// A stopping silo first tells load balancers (readiness 503) and keeps serving for Vrss:WebFront:DrainDelay, so
/// requests a balancer sends before its next probe are answered, not reset.
/// </summary>
public sealed class HttpDrainTests : ProductTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    [Fact]
    public async Task StoppingSilo_IsNotReady_ButServesUntilTheDrainDelayHasPassed()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.Configuration["Vrss:WebFront:DrainDelay"] = "00:00:05";
        });
        using var client = Client(cluster);
        Assert.Equal(200, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health/ready"))).StatusCode);

        var stopping = cluster.StopSiloAsync(cluster.Silos[0]);
        await Poll.UntilAsync(
            async () => (await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health/ready"))).StatusCode == 503,
            "readiness answers 503 once the silo begins to stop");

        // The delay runs on the test's clock: until it moves, the silo has not stopped and still does real work.
        await client.RegisterAsync();
        (await client.CallAsync("auth.getSession", new { })).AssertSuccess();
        Assert.False(stopping.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(5));
        await stopping;
        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health/live")));
    }

    [Fact]
    public async Task WithoutADrainDelay_ASiloStopsAtOnce()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        await cluster.StopSiloAsync(cluster.Silos[0]);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health/live")));
    }
}
