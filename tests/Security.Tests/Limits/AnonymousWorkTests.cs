using Orleans.Hosting;
using Vrss.TestingHost;
using Vrss.GrainInterfaces.Sessions;
using Vrss.Testing.EndToEnd;

namespace Vrss.Security.Tests.Limits;

/// <summary>
/// Finding 3: a random bearer token made the cluster activate a session grain and read the database, with no
/// limit, and the activation stayed for the collection age; password resets were limited per email only.
/// </summary>
public sealed class AnonymousWorkTests : MemoryProductTests
{
    [Fact]
    public async Task TokensThatAreNoSession_AreLimitedPerAddress_BeforeAnyLookup()
    {
        var lookups = new SessionLookupCounter();
        await using var cluster = await StartAsync(o =>
        {
            o.Configuration["Vrss:RateLimits:auth.session:Limit"] = "3";
            o.ConfigureSilo((silo, _) => silo.AddIncomingGrainCallFilter(lookups));
        });
        using var attacker = Client(cluster);
        using var neighbour = Client(cluster);

        for (var i = 0; i < 3; i++)
        {
            attacker.BearerToken = SecretToken.Create();
            (await attacker.CallAsync("auth.getSession")).AssertError(401, 1000);
        }

        attacker.BearerToken = SecretToken.Create();
        var refused = (await attacker.CallAsync("auth.getSession")).AssertError(429, 1500);
        Assert.NotNull(refused.Header("Retry-After"));
        Assert.Equal(4, lookups.Count);

        // Refused addresses are answered before their tokens are looked up, on public procedures too.
        attacker.BearerToken = SecretToken.Create();
        (await attacker.CallAsync("auth.getSession")).AssertError(429, 1500);
        (await attacker.CallAsync("discovery.getDiscoverFeed")).AssertError(429, 1500);
        Assert.Equal(4, lookups.Count);

        // Other addresses are not affected.
        neighbour.BearerToken = SecretToken.Create();
        (await neighbour.CallAsync("auth.getSession")).AssertError(401, 1000);
        var account = await neighbour.RegisterAsync();
        neighbour.BearerToken = account.Token;
        (await neighbour.CallAsync("auth.getSession")).AssertSuccess();
    }

    [Fact]
    public async Task ExpiredSessions_DoNotCount_AndADeadCookieIsCleared()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.Configuration["Vrss:RateLimits:auth.session:Limit"] = "1";
        });
        using var member = Client(cluster);
        var account = await member.RegisterAsync();
        clock.Advance(TimeSpan.FromDays(8));

        // A member coming back after the session expired is no guesser, however many requests the page makes.
        using var returning = new RpcClient(cluster.Silos[0].HttpAddress, member.SourceAddress, useCookies: false) { BearerToken = account.Token };
        for (var i = 0; i < 3; i++)
        {
            (await returning.CallAsync("auth.getSession")).AssertError(401, 1002);
        }

        // The browser is told to drop the dead cookie, so its next requests carry none.
        var answer = (await member.CallAsync("auth.getSession")).AssertError(401, 1002);
        Assert.Contains(answer.SetCookies, c => c.StartsWith("vrss_session=;", StringComparison.Ordinal) && c.Contains("max-age=0", StringComparison.OrdinalIgnoreCase));
        Assert.Null(member.SessionCookie);
        (await member.CallAsync("auth.getSession")).AssertError(401, 1000);
    }

    [Fact]
    public async Task AnUnknownSession_DoesNotStayActive()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var token = SecretToken.Create();
        client.BearerToken = token;

        (await client.CallAsync("auth.getSession")).AssertError(401, 1000);

        var grain = cluster.GrainFactory.GetGrain<ISessionGrain>(SecretToken.KeyOf(token)).GetGrainId();
        await Poll.UntilAsync(async () => await cluster.Silos[0].WhereIsAsync(grain) is null, "the unknown session's grain to deactivate");
    }

    [Fact]
    public async Task PasswordResetRequests_AreLimitedPerAddress_AsWellAsPerEmail()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:RateLimits:auth.requestPasswordReset.ip:Limit"] = "3");
        using var attacker = Client(cluster);
        using var other = Client(cluster);

        for (var i = 0; i < 3; i++)
        {
            (await attacker.CallAsync("auth.requestPasswordReset", new { email = $"victim{i}@example.com" })).AssertSuccess();
        }

        var refused = (await attacker.CallAsync("auth.requestPasswordReset", new { email = "victim9@example.com" })).AssertError(429, 1500);
        Assert.Contains("auth.requestPasswordReset.ip", refused.Body, StringComparison.Ordinal);
        (await other.CallAsync("auth.requestPasswordReset", new { email = "victim9@example.com" })).AssertSuccess();
    }
}
