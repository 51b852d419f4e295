using System.Linq.Expressions;
using Vrss.Runtime.Core;

namespace Vrss.Runtime.Broadcast;

/// <summary>
/// Delivers one call to many grains at once, only to those that are already active (inactive grains rebuild
/// from storage when they next activate). One message goes to each silo that owns some of the keys, not one
/// per grain: the way a post reaches thousands of home feeds.
/// </summary>
public interface IActiveGrainBroadcaster
{
    /// <summary>
    /// Calls <paramref name="call"/> on each active grain among <paramref name="keys"/>; returns how many were
    /// active and received it. The call's arguments are evaluated once and shared, so they must be immutable.
    /// </summary>
    Task<int> SendToActiveAsync<TGrain>(IReadOnlyCollection<string> keys, Expression<Func<TGrain, Task>> call)
        where TGrain : IGrainWithStringKey;
}
