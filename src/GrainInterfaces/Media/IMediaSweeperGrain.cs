using Vrss.Runtime.Core;

namespace Vrss.GrainInterfaces.Media;

/// <summary>
/// Finds uploads past their expiry in storage (not only in memory, so a restart loses none) and settles each
/// through its upload session. One activation serves the whole cluster; every silo nudges it periodically.
/// </summary>
public interface IMediaSweeperGrain : IGrainWithStringKey
{
    /// <summary>Settles every expired pending upload; returns how many it settled.</summary>
    Task<int> SweepAsync();
}
