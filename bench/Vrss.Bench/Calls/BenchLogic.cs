using System.Security.Cryptography;
using System.Text;

namespace Vrss.Bench.Calls;

/// <summary>The work both the grain and the plain object do, so the direct and grain calls compare like for like.</summary>
public sealed class BenchLogic
{
    private readonly Dictionary<string, (int Count, long Total)> _tags = [];

    public Task<int> PingAsync(int value) => Task.FromResult(value + 1);

    /// <summary>
    /// About a microsecond of the work a grain method does: update a small dictionary, derive a short
    /// digest (as an etag or cursor would be), and build a result record.
    /// </summary>
    public Task<BenchResult> RecordAsync(string tag, int value)
    {
        _tags.TryGetValue(tag, out var entry);
        entry = (entry.Count + 1, entry.Total + value);
        _tags[tag] = entry;
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{tag}:{entry.Count}:{entry.Total}"), digest);
        return Task.FromResult(new BenchResult(tag, entry.Count, entry.Total, Convert.ToHexString(digest[..8])));
    }
}
