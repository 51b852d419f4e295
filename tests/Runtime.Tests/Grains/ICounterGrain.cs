using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();

    [ReadOnly]
    Task<int> GetAsync();

    Task ClearAsync();

    Task DeactivateAsync();
}
