using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Vrss.Grains.RateLimits;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Security.Tests.Limits;

/// <summary>
/// Finding 3: every failed login for a made-up name left a durable limiter row that was never deleted, so random
/// names could grow the database without end.
/// </summary>
public sealed class RateLimitRowSweepTests(PostgresDatabaseFixture database) : ProductTests, IClassFixture<PostgresDatabaseFixture>
{
    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);

    [Fact]
    public async Task LimiterRows_GoOnceTheirWindowPassed_AndALimiterStillActiveStartsAfresh()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.Configuration["Vrss:RateLimits:auth.login:Limit"] = "2";

            // The limiters must stay active through the clock's jump, holding ETags of the rows the sweep deletes.
            o.Configuration["Vrss:Runtime:CollectionAge"] = "02:00:00";
        });
        using var client = Client(cluster);
        var name = TestAccounts.UniqueUsername("ghost");
        var before = await CountLimiterRowsAsync();

        (await client.CallAsync("auth.login", new { login = name, password = "Wrong-Password-1" })).AssertError(401, 1001);
        (await client.CallAsync("auth.login", new { login = name, password = "Wrong-Password-1" })).AssertError(401, 1001);
        (await client.CallAsync("auth.login", new { login = name, password = "Wrong-Password-1" })).AssertError(429, 1500);
        var after = await CountLimiterRowsAsync();
        Assert.True(after >= before + 2, $"expected a row for the name and one for the address; {before} before, {after} after");

        var sweeper = cluster.ServiceProvider.GetServices<IHostedService>().OfType<RateLimitSweeper>().Single();
        Assert.Equal(0, await sweeper.SweepAsync(DateTimeOffset.UtcNow.AddMinutes(10)));

        // The login window is 15 minutes (plus one bucket of 45 seconds) after the last write.
        var swept = await sweeper.SweepAsync(DateTimeOffset.UtcNow.AddMinutes(17));
        Assert.True(swept >= 2, $"swept {swept}");
        Assert.Equal(0, await CountLimiterRowsAsync());

        // The limiters are still active on the silo and hold ETags of rows that are gone: once their window passed
        // for them too, they count afresh instead of failing on the missing row.
        clock.Advance(TimeSpan.FromMinutes(17));
        (await client.CallAsync("auth.login", new { login = name, password = "Wrong-Password-1" })).AssertError(401, 1001);
        (await client.CallAsync("auth.login", new { login = name, password = "Wrong-Password-1" })).AssertError(401, 1001);
        (await client.CallAsync("auth.login", new { login = name, password = "Wrong-Password-1" })).AssertError(429, 1500);
    }

    private async Task<long> CountLimiterRowsAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orleansstorage WHERE graintypestring = @state", connection);
        command.Parameters.AddWithValue("state", RateLimiterGrain.StateName);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
