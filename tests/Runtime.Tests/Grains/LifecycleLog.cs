using System.Collections.Concurrent;

namespace Vrss.Runtime.Tests.Grains;

/// <summary>A silo service grains write their life-cycle events to, so tests can observe them.</summary>
public sealed class LifecycleLog
{
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyList<string> Events => [.. _events];

    public void Add(string entry) => _events.Enqueue(entry);

    public int Count(string entry) => _events.Count(e => e == entry);
}
