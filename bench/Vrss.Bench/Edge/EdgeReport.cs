using System.Globalization;
using System.Text;

namespace Vrss.Bench.Edge;

/// <summary>The edge benchmark's table, and its section of docs/benchmarks.md (replaced in place on a re-run).</summary>
internal static class EdgeReport
{
    public const string Header =
        "| scenario | requests/s | x baseline | p50 (ms) | p90 (ms) | p99 (ms) | failed | statements/req | transactions/req | silo CPU ms/req | PostgreSQL CPU ms/req |\n" +
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    public static string Row(LoadResult r, IReadOnlyList<LoadResult> all)
    {
        var baseline = r.Name switch
        {
            "/health/live" or "pgbench INSERT" => null,
            "post.create" => all.FirstOrDefault(x => x.Name == "pgbench INSERT"),
            _ => all.FirstOrDefault(x => x.Name == "/health/live"),
        };
        var ratio = baseline is null ? "-" : F("0.00", r.RequestsPerSecond / baseline.RequestsPerSecond) + "x";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {r.Name} | {r.RequestsPerSecond:N0} | {ratio} | {r.P50Us / 1000:0.00} | {r.P90Us / 1000:0.00} | {r.P99Us / 1000:0.00} | {r.Failures} | " +
            $"{r.PerRequest(r.Statements):0.00} | {r.PerRequest(r.Transactions):0.00} | {r.SiloCpu.TotalMilliseconds / Math.Max(1, r.Requests):0.000} | {r.DatabaseCpu.TotalMilliseconds / Math.Max(1, r.Requests):0.000} |");
    }

    public static string Markdown(EdgeOptions options, int follows, IReadOnlyList<LoadResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC ({options.Label}): one silo process (Release) on a throwaway PostgreSQL 15 " +
            $"(fsync off), {options.Users:N0} users, {follows:N0} follows (power law), {options.Drivers} logged-in drivers whose home feeds are active; " +
            $"wrk, {options.Connections} connections, {options.Seconds} s per scenario; {Environment.ProcessorCount} cores shared with other work.");
        text.AppendLine();
        text.AppendLine(Header);
        var done = new List<LoadResult>();
        foreach (var r in results)
        {
            done.Add(r);
            text.AppendLine(Row(r, done));
        }

        foreach (var r in results.Where(r => r.Name is "post.create" or "feed.getHome"))
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Statements per `{r.Name}` (pg_stat_statements calls / requests, the most frequent):");
            text.AppendLine();
            text.AppendLine("| per request | statement |");
            text.AppendLine("| ---: | --- |");
            foreach (var (query, calls) in r.TopStatements.Take(6))
            {
                var shown = string.Join(' ', query.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Replace("|", "\\|", StringComparison.Ordinal);
                shown = shown.Length > 100 ? shown[..100] + "..." : shown;
                text.AppendLine(CultureInfo.InvariantCulture, $"| {r.PerRequest(calls):0.00} | `{shown}` |");
            }
        }

        return text.ToString();
    }

    public static void Write(string file, string label, string markdown)
    {
        var begin = $"<!-- edge:{label} -->";
        var end = $"<!-- /edge:{label} -->";
        var section = $"{begin}\n{markdown}{end}";
        var text = File.Exists(file) ? File.ReadAllText(file) : "";
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        text = from >= 0 && to > from
            ? text[..from] + section + text[(to + end.Length)..]
            : text.TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(file, text);
    }

    private static string F(string format, double value) => value.ToString(format, CultureInfo.InvariantCulture);
}
