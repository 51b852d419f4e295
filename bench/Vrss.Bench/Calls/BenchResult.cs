namespace Vrss.Bench.Calls;

public sealed record BenchResult(string Tag, int Count, long Total, string Digest);
