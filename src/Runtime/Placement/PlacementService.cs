using Vrss.Runtime.Core;
using Vrss.Runtime.Membership;

namespace Vrss.Runtime.Placement;

/// <summary>Answers "which silo owns this grain" from the current membership view.</summary>
internal sealed class PlacementService
{
    private readonly MembershipService _membership;
    private Snapshot _snapshot;

    public PlacementService(MembershipService membership)
    {
        _membership = membership;
        _snapshot = new Snapshot(membership.View);
        membership.ViewChanged += view => ViewChanged?.Invoke(view);
    }

    /// <summary>Raised after the set of active silos changed.</summary>
    public event Action<MembershipView>? ViewChanged;

    public SiloAddress Self => _membership.Self;

    /// <summary>The owner, or null when no silo is active (the cluster is stopping).</summary>
    public SiloAddress? GetOwner(GrainId grainId)
    {
        var snapshot = Current();
        return RendezvousPlacement.PickOwner(grainId, snapshot.View.ActiveSilos, snapshot.Hashes);
    }

    public bool IsLocal(GrainId grainId) => GetOwner(grainId) == _membership.Self;

    // Silo hashes are computed once per view object, not per call.
    private Snapshot Current()
    {
        var snapshot = Volatile.Read(ref _snapshot);
        var view = _membership.View;
        if (!ReferenceEquals(snapshot.View, view))
        {
            snapshot = new Snapshot(view);
            Volatile.Write(ref _snapshot, snapshot);
        }

        return snapshot;
    }

    private sealed class Snapshot(MembershipView view)
    {
        public MembershipView View { get; } = view;

        public ulong[] Hashes { get; } = [.. view.ActiveSilos.Select(RendezvousPlacement.HashSilo)];
    }
}
