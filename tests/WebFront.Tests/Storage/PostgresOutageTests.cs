using Npgsql;
using Vrss.Grains.Data;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;

namespace Vrss.WebFront.Tests.Storage;

/// <summary>A database that goes away answers 503 / 1901 with an envelope, and the silo recovers when it is back.</summary>
public sealed class PostgresOutageTests : ProductTests
{
    private string _connectionString = "";

    protected override void ConfigureStorage(Vrss.TestingHost.TestClusterOptions options) => options.UsePostgresStorage(_connectionString);

    [Fact]
    public async Task DatabaseDown_Is503_1901_ThenRecovers()
    {
        await using var server = await PostgresServer.StartDedicatedAsync();
        _connectionString = await server.CreateDatabaseAsync("outage");
        await using (var dataSource = NpgsqlDataSource.Create(_connectionString))
        {
            await SchemaMigrator.MigrateAsync(dataSource);
        }

        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        await server.StopAsync();
        var down = await client.CallAsync("auth.login", new { login = account.Username, password = account.Password });
        down.AssertError(503, 1901);
        Assert.DoesNotContain("Npgsql", down.Body, StringComparison.Ordinal);
        var ready = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health/ready"));
        Assert.Equal(503, ready.StatusCode);

        await server.RestartAsync();
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertSuccess();
    }
}
