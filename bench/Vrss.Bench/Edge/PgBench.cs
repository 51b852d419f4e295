using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Vrss.Bench.Edge;

/// <summary>
/// The write baseline: pgbench inserting one row per transaction (a post-sized row) at the same concurrency, on
/// the same server and database; latency percentiles from its per-transaction log.
/// </summary>
internal static class PgBench
{
    public static async Task<(long Requests, double Seconds, double P50, double P90, double P99, long Failures)> RunAsync(
        string connectionString, string directory, int connections, int seconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, author_id text NOT NULL, content text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
                connection);
            await command.ExecuteNonQueryAsync();
        }

        var script = Path.Combine(directory, "insert.sql");
        await File.WriteAllTextAsync(script, "INSERT INTO bench_insert (author_id, content) VALUES ('0192f0c4a7b87d2e9d3f5c6b7a8e9f01', 'edge bench post');\n");
        var logPrefix = Path.Combine(directory, "pgbench");
        var start = new ProcessStartInfo("pgbench") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-n", "-c", connections.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T", seconds.ToString(CultureInfo.InvariantCulture),
            "-f", script, "-l", "--log-prefix", logPrefix, "-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture),
            "-U", builder.Username!, builder.Database!,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pgbench did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pgbench failed: {output}{error}");
        }

        // Each log line: client transaction latency_us script epoch epoch_us.
        var latencies = Directory.GetFiles(directory, "pgbench.*")
            .SelectMany(File.ReadLines)
            .Select(l => double.Parse(l.Split(' ')[2], CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
        var tps = output.Split('\n').First(l => l.StartsWith("tps = ", StringComparison.Ordinal));
        var rate = double.Parse(tps.Split(' ')[2], CultureInfo.InvariantCulture);
        double Percentile(double p) => latencies.Length == 0 ? 0 : latencies[Math.Min(latencies.Length - 1, (int)(p * latencies.Length))];
        return (latencies.Length, latencies.Length / rate, Percentile(0.50), Percentile(0.90), Percentile(0.99), 0);
    }
}
