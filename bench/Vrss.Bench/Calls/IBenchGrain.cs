namespace Vrss.Bench.Calls;

public interface IBenchGrain : IGrainWithStringKey
{
    /// <summary>A trivial method: returns its argument plus one.</summary>
    Task<int> PingAsync(int value);

    /// <summary>About a microsecond of realistic work: update a small dictionary and build a record.</summary>
    Task<BenchResult> RecordAsync(string tag, int value);
}
