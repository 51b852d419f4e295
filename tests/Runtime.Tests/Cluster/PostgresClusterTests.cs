using System.Diagnostics;
using Npgsql;
using Vrss.Runtime.Core;
using Vrss.Runtime.Tests.Grains;
using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Runtime.Tests.Cluster;

/// <summary>Silos whose membership and grain state live in a real PostgreSQL, as in production.</summary>
public sealed class PostgresClusterTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task KilledSilo_IsDeclaredDeadInTheTable_AndItsGrainsMoveWithTheirState()
    {
        var connectionString = await database.CreateEmptyDatabaseAsync("pgcluster");
        await using var cluster = await StartAsync(connectionString, 3);
        var keys = Enumerable.Range(0, 30).Select(i => $"pg-{i}").ToList();
        foreach (var key in keys)
        {
            await cluster.GrainFactory.GetGrain<ICounterGrain>(key).IncrementAsync();
        }

        var victim = cluster.Silos[1];
        Assert.Contains(keys, k => victim.IsActiveHere(new GrainId("counter", k)));
        var watch = Stopwatch.StartNew();
        await cluster.KillSiloAsync(victim);

        var values = await Task.WhenAll(keys.Select(k => cluster.Silos[2].GrainFactory.GetGrain<ICounterGrain>(k).GetAsync()));
        Assert.All(values, v => Assert.Equal(1, v));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"failover took {watch.Elapsed}");

        await cluster.WaitForStableViewAsync();
        var rows = await ReadSilosAsync(connectionString);
        Assert.Equal(4, rows.Single(r => r.Address == victim.SiloAddress).Status);
        Assert.Equal(2, rows.Count(r => r.Status == 2));
    }

    [Fact]
    public async Task MembershipChanges_BumpTheVersion_AndGracefulStopMarksTheSiloDead()
    {
        var connectionString = await database.CreateEmptyDatabaseAsync("pgversion");
        await using var cluster = await StartAsync(connectionString, 2);
        var versionAfterJoin = await ReadVersionAsync(connectionString);
        Assert.True(versionAfterJoin >= 2, $"two joins, version {versionAfterJoin}");

        var leaving = cluster.Silos[1];
        await cluster.StopSiloAsync(leaving);

        var rows = await ReadSilosAsync(connectionString);
        Assert.Equal(4, rows.Single(r => r.Address == leaving.SiloAddress).Status);
        Assert.Equal(versionAfterJoin + 2, await ReadVersionAsync(connectionString));
        Assert.Equal(1, await cluster.GrainFactory.GetGrain<ICounterGrain>("after-leave").IncrementAsync());
    }

    private static Task<TestCluster> StartAsync(string connectionString, int silos) =>
        TestCluster.StartAsync(o =>
        {
            o.Silos = silos;
            o.AddGrainsFromAssembly(typeof(CounterGrain).Assembly);
            o.ShareSingleton<LifecycleLog>();
            o.Configuration["Vrss:Storage:Provider"] = "Postgres";
            o.Configuration["Vrss:Clustering:Provider"] = "Postgres";
            o.Configuration["ConnectionStrings:Vrss"] = connectionString;
        });

    private static async Task<List<(string Address, short Status)>> ReadSilosAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT address, status FROM cluster_silos");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, short)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt16(1)));
        }

        return rows;
    }

    private static async Task<long> ReadVersionAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT version FROM cluster_version");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
