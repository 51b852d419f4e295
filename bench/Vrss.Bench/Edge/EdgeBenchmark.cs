using System.Diagnostics;
using Npgsql;
using Vrss.Grains.Data;
using Vrss.Testing;

namespace Vrss.Bench.Edge;

/// <summary>
/// Load at the edge: a throwaway PostgreSQL, one silo process on it, a population, then wrk over real HTTP at the
/// same concurrency for each procedure alone and a mix, with the baselines of the same run (<c>/health/live</c>
/// for reads, pgbench's single-row INSERT for writes).
/// </summary>
internal static class EdgeBenchmark
{
    public static async Task<int> RunAsync(EdgeOptions options)
    {
        var work = Directory.CreateTempSubdirectory("vrss-edge-");
        await using var server = await PostgresServer.StartDedicatedAsync();
        await Statements.EnableAsync(server);
        var connectionString = await server.CreateDatabaseAsync("edge");
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await SchemaMigrator.MigrateAsync(dataSource);
        await using (var command = dataSource.CreateCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"))
        {
            await command.ExecuteNonQueryAsync();
        }

        var seeding = Stopwatch.StartNew();
        var follows = await EdgePopulation.LoadAsync(dataSource, options);
        Console.WriteLine($"Population: {options.Users:N0} users, {follows:N0} follows, 3 older posts each ({seeding.Elapsed.TotalSeconds:0.0} s)");

        await using var silo = await SiloProcess.StartAsync(connectionString, Path.Combine(work.FullName, "silo.log"));
        var tokens = await EdgePopulation.LogInAsync(silo.Address, options.Drivers);
        var tokensFile = Path.Combine(work.FullName, "tokens.txt");
        await File.WriteAllLinesAsync(tokensFile, tokens);
        Console.WriteLine($"Silo {silo}; {tokens.Length} drivers logged in; work folder {work.FullName}");

        var statements = new Statements(dataSource, database);
        var postmaster = await statements.PostmasterPidAsync();

        // Warm-up (JIT, pools, every driver's home feed and grains active); not reported.
        await Wrk.RunAsync(silo.Address, "api/rpc", Wrk.Script(work.FullName, "mix", tokensFile, options.Users), options.Connections, 5);

        var results = new List<LoadResult>();
        async Task Measure(string name, Func<Task<(long Requests, double Seconds, double P50, double P90, double P99, long Failures)>> run)
        {
            await statements.ResetAsync();
            var transactions = await statements.TransactionsAsync();
            var siloCpu = CpuMeter.Process(silo.Pid);
            var databaseCpu = CpuMeter.Postgres(postmaster);
            var r = await run();
            var siloSpent = CpuMeter.Process(silo.Pid) - siloCpu;
            var databaseSpent = CpuMeter.Postgres(postmaster) - databaseCpu;
            await Task.Delay(600);
            var (total, top) = await statements.ReadAsync();
            var transactionsSpent = await statements.TransactionsAsync() - transactions;
            var result = new LoadResult(name, r.Requests, r.Seconds, r.P50, r.P90, r.P99, r.Failures, total, transactionsSpent, siloSpent, databaseSpent, top);
            results.Add(result);
            Console.WriteLine(EdgeReport.Row(result, results));
        }

        Console.WriteLine(EdgeReport.Header);
        await Measure("/health/live", () => Wrk.RunAsync(silo.Address, "health/live", Wrk.Script(work.FullName, "health", tokensFile, options.Users), options.Connections, options.Seconds));
        await Measure("pgbench INSERT", () => PgBench.RunAsync(connectionString, work.FullName, options.Connections, options.Seconds));
        foreach (var name in new[] { "post.create", "feed.getHome", "user.getProfile", "mix" }.Where(n => options.Only is null || options.Only.Contains(n)))
        {
            await Measure(name, () => Wrk.RunAsync(silo.Address, "api/rpc", Wrk.Script(work.FullName, name, tokensFile, options.Users), options.Connections, options.Seconds));
        }

        var markdown = EdgeReport.Markdown(options, follows, results);
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (options.WriteTo is not null)
        {
            EdgeReport.Write(options.WriteTo, options.Label, markdown);
            Console.WriteLine($"Written to {options.WriteTo} (section '{options.Label}').");
        }

        if (results.Any(r => r.Failures > 0))
        {
            Console.WriteLine($"Some requests failed: the silo's log and the scripts are kept in {work.FullName}.");
            return 1;
        }

        await silo.DisposeAsync();
        work.Delete(recursive: true);
        return 0;
    }
}
