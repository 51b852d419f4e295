using System.Diagnostics;
using System.Globalization;

namespace Vrss.Bench;

/// <summary>Latency percentiles and throughput of one measured run.</summary>
internal sealed record Measurement(string Name, int Calls, double Seconds, double P50Micros, double P99Micros)
{
    public double CallsPerSecond => Calls / Seconds;

    /// <summary>Times <paramref name="calls"/> sequential awaits of <paramref name="call"/>, one latency sample each.</summary>
    public static async Task<Measurement> SequentialAsync(string name, int calls, Func<int, Task> call)
    {
        var samples = new long[calls];
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            var before = Stopwatch.GetTimestamp();
            await call(i);
            samples[i] = Stopwatch.GetTimestamp() - before;
        }

        return From(name, samples, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    /// <summary>Runs <paramref name="callers"/> concurrent loops, each awaiting its calls one after another.</summary>
    public static async Task<Measurement> ConcurrentAsync(string name, int callers, int callsPerCaller, Func<int, int, Task> call)
    {
        var samples = new long[callers * callsPerCaller];
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < callsPerCaller; i++)
            {
                var before = Stopwatch.GetTimestamp();
                await call(caller, i);
                samples[(caller * callsPerCaller) + i] = Stopwatch.GetTimestamp() - before;
            }
        })));
        return From(name, samples, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Name} | {Calls:N0} | {P50Micros:0.00} | {P99Micros:0.00} | {CallsPerSecond:N0} |");

    public static string Header => "| measurement | calls | p50 (us) | p99 (us) | calls/s |\n| --- | ---: | ---: | ---: | ---: |";

    /// <summary>Builds the measurement from latency samples in <see cref="Stopwatch"/> ticks.</summary>
    public static Measurement From(string name, long[] samples, double seconds)
    {
        Array.Sort(samples);
        double Micros(double quantile) => samples[(int)Math.Min(samples.Length - 1, quantile * samples.Length)] * 1_000_000.0 / Stopwatch.Frequency;
        return new Measurement(name, samples.Length, seconds, Micros(0.50), Micros(0.99));
    }
}
