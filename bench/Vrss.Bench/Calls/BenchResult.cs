namespace Vrss.Bench.Calls;

[GenerateSerializer, Immutable]
public sealed record BenchResult(string Tag, int Count, long Total, string Digest);
