using Vrss.Runtime.Core;
using Vrss.Runtime.Membership;
using Vrss.Runtime.Transport;

namespace Vrss.Runtime.Streams;

/// <inheritdoc cref="IStreamRendezvousGrain" />
[GrainType("vrss.stream")]
internal sealed class StreamRendezvousGrain(MembershipService membership, SiloTransport transport, StreamHub hub) : Grain, IStreamRendezvousGrain
{
    private readonly HashSet<SiloAddress> _silos = [];

    public Task AddSiloAsync(string silo)
    {
        _silos.Add(SiloAddress.Parse(silo));
        return Task.CompletedTask;
    }

    public Task RemoveSiloAsync(string silo)
    {
        _silos.Remove(SiloAddress.Parse(silo));
        return Task.CompletedTask;
    }

    public Task PublishAsync(string json)
    {
        var id = StreamHub.ParseKey(GetPrimaryKeyString());
        var view = membership.View;
        var self = membership.Self;

        // Subscriptions held by silos that left the view went with them.
        _silos.RemoveWhere(s => s != self && !view.IsActive(s));
        foreach (var silo in _silos)
        {
            if (silo == self)
            {
                hub.DeliverLocal(id, json);
            }
            else
            {
                transport.SendStreamItem(silo, id, json);
            }
        }

        return Task.CompletedTask;
    }
}
