using Orleans.Services;

namespace Vrss.Grains.Delivery;

/// <summary>
/// A grain service (one per silo) that applies a <see cref="FeedChange"/> to those of the given users whose feed or
/// event log is active on its silo. Fan-out sends each batch of follower ids to every silo once, instead of one
/// call per follower, and nothing is activated for users who are not reading.
/// </summary>
public interface IFeedDeliveryService : IGrainService
{
    /// <summary>Applies <paramref name="change"/> to the active feeds among <paramref name="userIds"/>; returns how many feeds took it.</summary>
    Task<int> DeliverAsync(IReadOnlyList<string> userIds, FeedChange change);
}
