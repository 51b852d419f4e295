using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Vrss.Bench.Edge;
using Vrss.Grains.Data;
using Vrss.Grains.Idempotency;
using Vrss.Grains.Posts;
using Vrss.GrainInterfaces.Posts;
using Vrss.Testing;

namespace Vrss.Bench.Batching;

/// <summary>
/// What sharing one round trip saves on a write that runs several statements: post.create with an idempotency key runs
/// three (claim the key, insert the post, record the answer), each on a connection from the pool as the repositories
/// do. Measured side by side in one run, in alternating rounds at the same concurrency: the three round trips, the
/// same three statements in one <see cref="NpgsqlBatch"/>, and the single insert of a post.create without a key.
/// The fourth variant is the single insert sent through the product's <see cref="WriteBatcher"/>, which shares round
/// trips and commits between concurrent writers. Client CPU (this process: Npgsql's side, what a silo spends) and PostgreSQL CPU are reported per write.
/// <c>batching [workers] [writes] [rounds] [--durable]</c>; <c>--durable</c> keeps PostgreSQL's fsync and synchronous commit on.
/// </summary>
internal static class BatchingBenchmark
{
    public static async Task<int> RunAsync(int workers, int writesPerRound, int rounds, bool durable)
    {
        await using var server = await PostgresServer.StartDedicatedAsync(durable);
        var created = await server.CreateDatabaseAsync("batching");
        await using (var migrate = NpgsqlDataSource.Create(created))
        {
            await SchemaMigrator.MigrateAsync(migrate);
        }

        // The product's connection string: its pool size and no reset on close.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Vrss"] = created }).Build();
        await using var dataSource = NpgsqlDataSource.Create(PostgresOptions.ConnectionString(configuration));
        var postmaster = await PostmasterAsync(dataSource);

        // The product's batcher on the same pool: concurrent inserts share round trips and commits.
        var batcher = new WriteBatcher(new DbRetry(dataSource, Microsoft.Extensions.Options.Options.Create(new PostgresOptions())));
        var variants = new (string Name, Func<int, Task> Write)[]
        {
            ("3 round trips (claim, insert, answer)", n => RoundTripsAsync(dataSource, n)),
            ("1 batch of the same 3 statements", n => BatchAsync(dataSource, n)),
            ("1 statement (insert, no key)", n => InsertOnlyAsync(dataSource, n)),
            ("1 statement through WriteBatcher (the product's post.create)", n => batcher.ExecuteAsync(Statements(n).Insert)),
        };

        Console.WriteLine($"Write batching: {Environment.ProcessorCount} cores, {(durable ? "fsync and synchronous commit on" : "fsync off")}, {workers} workers, {writesPerRound:N0} writes per variant per round, {rounds} rounds (first is warm-up)");
        var samples = variants.ToDictionary(v => v.Name, _ => new List<(double Ms, double ClientCpuMs, double DbCpuMs, double PerSecond)>());
        var next = 0;
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (name, write) in round % 2 == 0 ? variants : variants.Reverse())
            {
                var latencies = new double[writesPerRound];
                var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
                var dbCpu = CpuMeter.Postgres(postmaster);
                var clock = Stopwatch.StartNew();
                var remaining = writesPerRound;
                await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
                {
                    int slot;
                    while ((slot = Interlocked.Decrement(ref remaining)) >= 0)
                    {
                        var started = Stopwatch.GetTimestamp();
                        await write(Interlocked.Increment(ref next));
                        latencies[slot] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    }
                }));
                var seconds = clock.Elapsed.TotalSeconds;
                var clientSpent = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalMilliseconds;
                var dbSpent = (CpuMeter.Postgres(postmaster) - dbCpu).TotalMilliseconds;
                if (round > 0)
                {
                    Array.Sort(latencies);
                    samples[name].Add((latencies[latencies.Length / 2], clientSpent / writesPerRound, dbSpent / writesPerRound, writesPerRound / seconds));
                }
            }
        }

        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted[sorted.Length / 2];
        }

        var baseline = Median(samples[variants[0].Name].Select(s => s.PerSecond));
        Console.WriteLine("| variant | writes/s (median of rounds) | ratio to 3 round trips | p50 ms | client CPU ms/write | PostgreSQL CPU ms/write |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, _) in variants)
        {
            var s = samples[name];
            var perSecond = Median(s.Select(x => x.PerSecond));
            Console.WriteLine($"| {name} | {perSecond:N0} | {perSecond / baseline:0.00}x | {Median(s.Select(x => x.Ms)):0.00} | {Median(s.Select(x => x.ClientCpuMs)):0.000} | {Median(s.Select(x => x.DbCpuMs)):0.000} |");
        }

        return 0;
    }

    private static async Task<int> PostmasterAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_backend_pid()");
        var backend = (int)(await command.ExecuteScalarAsync())!;
        var stat = await File.ReadAllTextAsync($"/proc/{backend}/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (SqlStatement Claim, SqlStatement Insert, SqlStatement Answer) Statements(int n)
    {
        var now = DateTimeOffset.UtcNow;
        var user = $"u{n % 1000}";
        var key = $"k{n}";
        var claim = Guid.NewGuid();
        var post = new NewPost($"p{n}", user, PostType.TextShort, $"batched post {n}", [], PostVisibility.Public, now);
        return (
            IdempotencyStatements.Start(new IdempotencyRecord(user, key, "post.create", "fp", "seed", now, claim, now, null, null), now.AddDays(-1)),
            PostStatements.Create(post),
            IdempotencyStatements.Complete(user, key, claim, 200, "{\"post\":{}}"));
    }

    // As the repositories do: each statement takes a connection from the pool and gives it back.
    private static async Task RoundTripsAsync(NpgsqlDataSource dataSource, int n)
    {
        var (claim, insert, answer) = Statements(n);
        foreach (var statement in new[] { claim, insert, answer })
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var command = statement.ToCommand(connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task BatchAsync(NpgsqlDataSource dataSource, int n)
    {
        var (claim, insert, answer) = Statements(n);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(claim.ToBatchCommand());
        batch.BatchCommands.Add(insert.ToBatchCommand());
        batch.BatchCommands.Add(answer.ToBatchCommand());
        await batch.ExecuteNonQueryAsync();
    }

    private static async Task InsertOnlyAsync(NpgsqlDataSource dataSource, int n)
    {
        var (_, insert, _) = Statements(n);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = insert.ToCommand(connection);
        await command.ExecuteNonQueryAsync();
    }
}
