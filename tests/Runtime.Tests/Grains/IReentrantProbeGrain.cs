using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public interface IReentrantProbeGrain : IGrainWithStringKey
{
    Task EnterAsync(int delayMilliseconds);

    Task<ProbeReport> ReportAsync();
}
