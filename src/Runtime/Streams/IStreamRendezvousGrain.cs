using Vrss.Runtime.Core;

namespace Vrss.Runtime.Streams;

/// <summary>
/// The meeting point of one stream (key <c>namespace/key</c>): it knows which silos have subscribers and
/// forwards each published item to them, in publication order. Its state is rebuilt by the silos, which
/// re-register their subscriptions whenever the membership view changes.
/// </summary>
public interface IStreamRendezvousGrain : IGrainWithStringKey
{
    /// <summary>Records that <paramref name="silo"/> has subscribers.</summary>
    [Idempotent]
    Task AddSiloAsync(string silo);

    /// <summary>Records that <paramref name="silo"/> has no more subscribers.</summary>
    [Idempotent]
    Task RemoveSiloAsync(string silo);

    /// <summary>Forwards an item (JSON) to every silo with subscribers.</summary>
    Task PublishAsync(string json);
}
