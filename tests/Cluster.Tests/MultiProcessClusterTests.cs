using System.Diagnostics;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Xunit.Abstractions;

namespace Vrss.Cluster.Tests;

/// <summary>
/// Three silo processes and PostgreSQL on loopback, started by deploy/cluster.sh. A client writes through all
/// three while one is killed with SIGKILL: every acknowledged write must be readable afterwards through each
/// survivor, and new writes must succeed again within 15 s.
/// </summary>
[Collection(SiloProcesses.Name)]
public sealed class MultiProcessClusterTests(PostgresDatabaseFixture database, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task SiloKilledMidWrite_AcknowledgedWritesSurvive_AndWritesResumeWithin15Seconds()
    {
        var connectionString = await database.CreateEmptyDatabaseAsync("multiprocess");
        await using var cluster = await LocalClusterScript.StartAsync(3, connectionString, new Dictionary<string, string>
        {
            // Registrations are the writes here; lift the per-IP registration limit for this one client.
            ["Vrss__RateLimits__auth.register__Limit"] = "100000",
        });
        var clients = Enumerable.Range(0, 3).Select(i => new RpcClient(cluster.SiloAddress(i), useCookies: false)).ToList();
        const int victim = 1;
        var acknowledged = new List<(string Username, string Token)>();
        var attempts = new List<(TimeSpan At, bool Succeeded)>();
        var clock = Stopwatch.StartNew();
        TimeSpan? killedAt = null;

        for (var i = 0; clock.Elapsed < TimeSpan.FromSeconds(30); i++)
        {
            if (killedAt is null && i == 15)
            {
                await cluster.KillAsync(victim);
                killedAt = clock.Elapsed;
            }

            var silo = i % 3;
            if (killedAt is not null && silo == victim)
            {
                // A client whose silo vanished reconnects through the load balancer to another one.
                silo = (silo + 1) % 3;
            }

            var username = TestAccounts.UniqueUsername("mp");
            var at = clock.Elapsed;
            try
            {
                var response = await clients[silo].CallAsync("auth.register", new { username, email = $"{username}@example.com", password = TestAccounts.DefaultPassword });
                if (response.Success)
                {
                    acknowledged.Add((username, response.Data.GetProperty("sessionToken").GetString()!));
                }

                attempts.Add((at, response.Success));
            }
            catch (HttpRequestException)
            {
                attempts.Add((at, false));
            }
        }

        Assert.NotNull(killedAt);
        output.WriteLine($"{attempts.Count} writes, {acknowledged.Count} acknowledged, {attempts.Count(a => !a.Succeeded)} failed; " +
            $"last failure {(attempts.Where(a => !a.Succeeded).Select(a => a.At - killedAt.Value).DefaultIfEmpty().Max()).TotalSeconds:0.0} s after the kill");
        Assert.True(acknowledged.Count >= 20, $"only {acknowledged.Count} writes were acknowledged");
        var lastFailure = attempts.Where(a => !a.Succeeded).Select(a => a.At).DefaultIfEmpty(TimeSpan.Zero).Max();
        Assert.True(lastFailure - killedAt.Value < TimeSpan.FromSeconds(15), $"writes still failed {lastFailure - killedAt.Value} after the kill");
        Assert.True(attempts.Count(a => a.At > killedAt.Value + TimeSpan.FromSeconds(15) && a.Succeeded) >= 5, "writes must go on after recovery");

        foreach (var survivor in new[] { 0, 2 })
        {
            foreach (var (username, token) in acknowledged)
            {
                using var reader = new RpcClient(cluster.SiloAddress(survivor), useCookies: false) { BearerToken = token };
                var session = (await reader.CallAsync("auth.getSession")).AssertSuccess();
                Assert.Equal(username, session.GetProperty("user").GetProperty("username").GetString());
            }
        }

        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task LiveStream_CrossesProcesses_AndResumesOnAnotherSiloAfterItsSiloIsKilled()
    {
        var connectionString = await database.CreateEmptyDatabaseAsync("multistream");
        await using var cluster = await LocalClusterScript.StartAsync(3, connectionString);
        using var recipientOnA = new RpcClient(cluster.SiloAddress(0), useCookies: false);
        var recipient = await recipientOnA.RegisterAsync();
        recipientOnA.BearerToken = recipient.Token;
        using var actorOnB = new RpcClient(cluster.SiloAddress(1), useCookies: false);
        actorOnB.BearerToken = (await actorOnB.RegisterAsync()).Token;

        // The stream is on process A, the actor acts through process B.
        SseClient stream;
        try
        {
            stream = await SseClient.OpenAsync(recipientOnA);
        }
        catch (InvalidOperationException)
        {
            output.WriteLine(cluster.ReadProblems());
            throw;
        }

        (await actorOnB.CallAsync("social.follow", new { username = recipient.Username })).AssertSuccess();
        var first = await stream.NextAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("notification", first.Event);
        Assert.Equal("follow", first.Json.GetProperty("type").GetString());

        // A dies; meanwhile another user follows through process C (retrying while the cluster notices).
        await cluster.KillAsync(0);
        await stream.DisposeAsync();
        using var actorOnC = new RpcClient(cluster.SiloAddress(2), useCookies: false);
        actorOnC.BearerToken = (await RetryAsync(() => actorOnC.CallAsync("auth.register", new
        {
            username = TestAccounts.UniqueUsername("late"),
            email = $"{Guid.NewGuid():N}@example.com",
            password = TestAccounts.DefaultPassword,
        }))).Data.GetProperty("sessionToken").GetString();
        await RetryAsync(() => actorOnC.CallAsync("social.follow", new { username = recipient.Username }));

        // The client reconnects to C with the last id it saw, retrying as EventSource does (every `retry` ms)
        // while the cluster notices A is gone, and gets exactly what it missed.
        using var recipientOnC = new RpcClient(cluster.SiloAddress(2), useCookies: false) { BearerToken = recipient.Token };
        await using var resumed = await ReconnectAsync(recipientOnC, first.Id!);
        var missed = await resumed.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("notification", missed.Event);
        Assert.Equal("follow", missed.Json.GetProperty("type").GetString());
        Assert.True(missed.NumericId > first.NumericId);
        Assert.Null(await resumed.TryNextAsync(TimeSpan.FromSeconds(1)));
    }

    private static async Task<SseClient> ReconnectAsync(RpcClient client, string lastEventId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                return await SseClient.OpenAsync(client, lastEventId);
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(2000);
            }
        }
    }

    // A write that touched a grain of the killed process fails until the cluster declares it dead.
    private static async Task<RpcResponse> RetryAsync(Func<Task<RpcResponse>> call)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await call();
            if (response.Success || DateTime.UtcNow > deadline)
            {
                return response.EnsureSuccess();
            }

            await Task.Delay(500);
        }
    }
}
