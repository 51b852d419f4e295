using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Vrss.Grains.HotReads;

/// <inheritdoc cref="IHotReadService"/>
[Reentrant]
internal sealed class HotReadService(GrainId id, Silo silo, ILoggerFactory loggerFactory, HotReadCache reads)
    : GrainService(id, silo, loggerFactory), IHotReadService
{
    /// <inheritdoc />
    public Task ApplyAsync(HotReadChange change)
    {
        reads.Apply(change);
        return Task.CompletedTask;
    }
}
