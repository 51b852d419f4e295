using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Xunit.Abstractions;

namespace Vrss.Cluster.Tests;

/// <summary>
/// A lone silo on PostgreSQL restarted after <c>kill -9</c>, as an operator would: once it answers ready, every call
/// works, including those to grains that lived on its dead predecessor (the new generation supersedes the old one
/// at once instead of waiting for its death to be voted).
/// </summary>
[Collection(SiloProcesses.Name)]
public sealed class SiloRestartTests(PostgresDatabaseFixture database, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task LoneSiloKilledAndRestarted_ServesEveryCall_OnceReady()
    {
        var connectionString = await database.CreateEmptyDatabaseAsync("restart");
        await using var cluster = await LocalClusterScript.StartAsync(1, connectionString);
        using var before = new RpcClient(cluster.SiloAddress(0), useCookies: false);
        var accounts = new List<TestAccount>();
        for (var i = 0; i < 5; i++)
        {
            var account = await before.RegisterAsync();
            before.BearerToken = account.Token;
            (await before.CallAsync("post.create", new { type = "text_short", content = $"before the crash {i}" })).AssertSuccess();
            accounts.Add(account);
        }

        await cluster.KillAsync(0);
        await cluster.RestartAsync(0);

        // Ready now: the users' session, user, post and feed grains were all active on the killed process.
        using var after = new RpcClient(cluster.SiloAddress(0), useCookies: false);
        foreach (var account in accounts)
        {
            after.BearerToken = account.Token;
            var response = await after.CallAsync("user.getProfile", new { userId = account.Id });
            if (response.StatusCode != 200)
            {
                output.WriteLine(cluster.ReadProblems());
            }

            response.AssertSuccess();
            var feed = (await after.CallAsync("feed.getHome", new { })).AssertSuccess();
            Assert.Contains("before the crash", feed.GetRawText(), StringComparison.Ordinal);
        }
    }
}
