using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public interface IGatedGrain : IGrainWithStringKey
{
    Task<int> WaitAtGateAsync();

    /// <summary>Like <see cref="WaitAtGateAsync"/> but safe to retry on another silo.</summary>
    [Idempotent]
    Task<string> WaitAtGateIdempotentAsync();
}
