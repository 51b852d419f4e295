using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public sealed class ProbeGrain : Grain, IProbeGrain
{
    private readonly ProbeRecorder _recorder = new();

    public Task EnterAsync(int delayMilliseconds) => _recorder.EnterAsync(delayMilliseconds);

    public Task ReadAsync(int delayMilliseconds) => _recorder.EnterAsync(delayMilliseconds);

    public Task<ProbeReport> ReportAsync() => Task.FromResult(_recorder.Report());
}
