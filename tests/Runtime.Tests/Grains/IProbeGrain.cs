using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

/// <summary>Records how many requests were inside the grain at once.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    Task EnterAsync(int delayMilliseconds);

    [ReadOnly]
    Task ReadAsync(int delayMilliseconds);

    [AlwaysInterleave]
    Task<ProbeReport> ReportAsync();
}
