namespace Vrss.Bench.Edge;

/// <summary>
/// One load run: requests, wall time, latency percentiles (microseconds), failures, and what it cost: database
/// statements (pg_stat_statements calls, transactions) and CPU of the silo and of PostgreSQL.
/// </summary>
internal sealed record LoadResult(
    string Name,
    long Requests,
    double Seconds,
    double P50Us,
    double P90Us,
    double P99Us,
    long Failures,
    long Statements,
    long Transactions,
    TimeSpan SiloCpu,
    TimeSpan DatabaseCpu,
    IReadOnlyList<(string Query, long Calls)> TopStatements)
{
    public double RequestsPerSecond => Requests / Seconds;

    public double PerRequest(long count) => Requests == 0 ? 0 : (double)count / Requests;
}
