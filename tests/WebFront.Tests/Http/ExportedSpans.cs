using System.Collections.ObjectModel;
using System.Diagnostics;

namespace Vrss.WebFront.Tests.Http;

/// <summary>
/// Where the in-memory exporter puts finished spans: the exporter adds from the request's thread while the test reads,
/// so both go through one lock. Each silo of a test cluster has its own tracer provider in the one process, so a span
/// is exported once per silo: a snapshot holds it once.
/// </summary>
internal sealed class ExportedSpans : Collection<Activity>
{
    private readonly object _lock = new();

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (_lock)
        {
            return [.. Items.Distinct()];
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (_lock)
        {
            base.InsertItem(index, item);
        }
    }

    protected override void ClearItems()
    {
        lock (_lock)
        {
            base.ClearItems();
        }
    }
}
