using Orleans.Services;

namespace Vrss.Grains.HotReads;

/// <summary>A grain service (one per silo) that applies <see cref="HotReadChange"/>s to its silo's <see cref="HotReadCache"/>.</summary>
public interface IHotReadService : IGrainService
{
    /// <summary>Applies the change on this silo.</summary>
    Task ApplyAsync(HotReadChange change);
}
