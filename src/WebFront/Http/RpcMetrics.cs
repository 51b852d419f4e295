using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Vrss.WebFront.Http;

/// <summary>
/// The web front's instruments on the <c>Vrss</c> meter: RPC calls by procedure and outcome (<c>ok</c> or the error
/// code) with their latency, and rate-limit refusals by policy. Recorded once per answered request by
/// <see cref="AccessLogMiddleware"/>, which knows all of it by then.
/// </summary>
public sealed class RpcMetrics
{
    /// <summary>The meter of VRSS's own instruments (the grains' share the name).</summary>
    public const string MeterName = "Vrss";

    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _refusals;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    public RpcMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("vrss.rpc.calls", "{call}", "RPC calls by procedure and outcome (ok or the error code)");
        _duration = meter.CreateHistogram<double>("vrss.rpc.duration", "ms", "RPC latency by procedure and outcome");
        _refusals = meter.CreateCounter<long>("vrss.rate_limit.refusals", "{refusal}", "Requests refused by a rate limit, by policy");
    }

    /// <summary>Records one answered call.</summary>
    public void RecordCall(string procedure, string outcome, double milliseconds)
    {
        var tags = new TagList { { "procedure", procedure }, { "outcome", outcome } };
        _calls.Add(1, tags);
        _duration.Record(milliseconds, tags);
    }

    /// <summary>Records a refusal by <paramref name="policy"/>.</summary>
    public void RecordRefusal(string policy) => _refusals.Add(1, new KeyValuePair<string, object?>("policy", policy));
}
