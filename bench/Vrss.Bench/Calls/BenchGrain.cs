namespace Vrss.Bench.Calls;

public sealed class BenchGrain : Grain, IBenchGrain
{
    private readonly BenchLogic _logic = new();

    public Task<int> PingAsync(int value) => _logic.PingAsync(value);

    public Task<BenchResult> RecordAsync(string tag, int value) => _logic.RecordAsync(tag, value);
}
