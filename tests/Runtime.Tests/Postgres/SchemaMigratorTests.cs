using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Vrss.Runtime.Hosting;
using Vrss.Runtime.Postgres;
using Vrss.Runtime.Tests.Grains;
using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Runtime.Tests.Postgres;

public sealed class SchemaMigratorTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task ThreeSilosStartingTogether_ApplyEachScriptOnce()
    {
        var connectionString = await database.CreateEmptyDatabaseAsync("migrate3");

        var silos = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => StartSiloAsync(connectionString)));
        try
        {
            foreach (var silo in silos)
            {
                Assert.True(await silo.ServiceProvider.GetRequiredService<SiloReadiness>().IsReadyAsync(CancellationToken.None));
            }

            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await using var command = dataSource.CreateCommand("SELECT version, count(*) FROM schema_migrations GROUP BY version ORDER BY version");
            await using var reader = await command.ExecuteReaderAsync();
            var applied = new List<(int Version, long Count)>();
            while (await reader.ReadAsync())
            {
                applied.Add((reader.GetInt32(0), reader.GetInt64(1)));
            }

            Assert.Equal(MigrationScript.All.Select(s => s.Version), applied.Select(a => a.Version));
            Assert.All(applied, a => Assert.Equal(1, a.Count));
            Assert.Equal(3, await silos[2].GrainFactory.GetGrain<ICounterGrain>("after-migration").IncrementAsync()
                + await silos[1].GrainFactory.GetGrain<ICounterGrain>("other").IncrementAsync()
                + await silos[0].GrainFactory.GetGrain<ICounterGrain>("third").IncrementAsync());
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task DatabaseWithNewerSchema_StopsTheSiloWithAClearMessage()
    {
        var connectionString = await database.CreateEmptyDatabaseAsync("toonew");
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await SchemaMigrator.MigrateAsync(dataSource);
            await using var command = dataSource.CreateCommand(
                "INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, 'from_the_future', 'x')");
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => StartSiloAsync(connectionString));

        Assert.Contains("version 9999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer than this silo knows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigratingTwice_AppliesNothingTheSecondTime()
    {
        var connectionString = await database.CreateEmptyDatabaseAsync("twice");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);

        Assert.Equal(MigrationScript.All.Count, await SchemaMigrator.MigrateAsync(dataSource));
        Assert.Equal(0, await SchemaMigrator.MigrateAsync(dataSource));
    }

    private static Task<TestCluster> StartSiloAsync(string connectionString) =>
        TestCluster.StartAsync(o =>
        {
            o.AddGrainsFromAssembly(typeof(CounterGrain).Assembly);
            o.ConfigureServices(s => s.AddSingleton<LifecycleLog>());
            o.Configuration["Vrss:Storage:Provider"] = "Postgres";
            o.Configuration["ConnectionStrings:Vrss"] = connectionString;
        });
}
