using Orleans.Runtime.Services;

namespace Vrss.Grains.Delivery;

/// <summary>Reaches the <see cref="IFeedDeliveryService"/> of every active silo.</summary>
public sealed class FeedDeliveryClient(IServiceProvider services, IClusterMembershipService membership)
    : GrainServiceClient<IFeedDeliveryService>(services)
{
    /// <summary>
    /// Sends <paramref name="change"/> for <paramref name="userIds"/> to every active silo; returns how many feeds took it.
    /// A silo that dies meanwhile took its activations with it: there is nothing there to deliver to.
    /// </summary>
    public async Task<int> DeliverAsync(IReadOnlyList<string> userIds, FeedChange change)
    {
        var silos = membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Active)
            .Select(m => m.SiloAddress)
            .ToList();
        var sends = silos.Select(s => SendAsync(GetGrainService(s), userIds, change)).ToList();
        var counts = await Task.WhenAll(sends).ConfigureAwait(false);
        return counts.Sum();
    }

    private static async Task<int> SendAsync(IFeedDeliveryService service, IReadOnlyList<string> userIds, FeedChange change)
    {
        try
        {
            return await service.DeliverAsync(userIds, change).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException)
        {
            return 0;
        }
    }
}
