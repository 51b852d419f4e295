using System.Diagnostics.Metrics;
using Vrss.WebFront.Http;

namespace Vrss.WebFront.Events;

/// <summary>The live streams open on this silo, observed as <c>vrss.streams.open</c> on the <c>Vrss</c> meter.</summary>
internal sealed class OpenStreamGauge
{
    private int _count;

    public OpenStreamGauge(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        meters.Create(RpcMetrics.MeterName).CreateObservableUpDownCounter("vrss.streams.open", () => (long)Count, "{stream}", "Live streams open on this silo");
    }

    public int Count => Volatile.Read(ref _count);

    public void Opened() => Interlocked.Increment(ref _count);

    public void Closed() => Interlocked.Decrement(ref _count);
}
