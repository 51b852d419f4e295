using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

[Reentrant]
public sealed class ReentrantProbeGrain : Grain, IReentrantProbeGrain
{
    private readonly ProbeRecorder _recorder = new();

    public Task EnterAsync(int delayMilliseconds) => _recorder.EnterAsync(delayMilliseconds);

    public Task<ProbeReport> ReportAsync() => Task.FromResult(_recorder.Report());
}
