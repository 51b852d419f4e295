using Orleans.Concurrency;

namespace Vrss.GrainInterfaces.Events;

/// <summary>
/// A live connection of one user (an open <c>GET /api/stream</c>), subscribed to the user's event log. Calls are
/// one-way: a slow or vanished connection never holds up the log, and what it misses it reads back from the log.
/// </summary>
public interface IUserStreamObserver : IGrainObserver
{
    /// <summary>A new event, or the revocation of one of the user's sessions.</summary>
    [OneWay]
    Task OnItemAsync(UserStreamItem item);
}
