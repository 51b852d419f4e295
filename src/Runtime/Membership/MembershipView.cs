namespace Vrss.Runtime.Membership;

/// <summary>What one silo currently believes about the cluster: the active silos, in a stable order.</summary>
public sealed class MembershipView
{
    /// <summary>Creates a view.</summary>
    public MembershipView(long version, IEnumerable<SiloAddress> activeSilos)
    {
        Version = version;
        ActiveSilos = [.. activeSilos.OrderBy(s => s.ToString(), StringComparer.Ordinal)];
        ActiveSet = ActiveSilos.ToHashSet();
    }

    /// <summary>The membership table version this view was read at.</summary>
    public long Version { get; }

    /// <summary>Silos grains are placed on.</summary>
    public IReadOnlyList<SiloAddress> ActiveSilos { get; }

    /// <summary>The same, for lookups.</summary>
    public IReadOnlySet<SiloAddress> ActiveSet { get; }

    /// <summary>Whether the silo is active in this view.</summary>
    public bool IsActive(SiloAddress silo) => ActiveSet.Contains(silo);
}
