using Orleans.Services;

namespace Vrss.Grains.HotReads;

/// <summary>A grain service (one per silo) that applies <see cref="HotReadChange"/>s to its silo's <see cref="HotReadCache"/>.</summary>
public interface IHotReadService : IGrainService
{
    /// <summary>Applies the change on this silo.</summary>
    Task ApplyAsync(HotReadChange change);

    /// <summary>
    /// Drops this silo's copy of what <paramref name="change"/> was about (for an author, reloads the hidden authors):
    /// sent after the change itself was not taken in time.
    /// </summary>
    Task RevalidateAsync(HotReadChange change);

    /// <summary>
    /// Whether this silo sees <paramref name="joiner"/> as active once its membership is at least <paramref name="version"/>
    /// (from then on every change sent from here reaches the joiner).
    /// </summary>
    Task<bool> SeesActiveAsync(SiloAddress joiner, MembershipVersion version);
}
