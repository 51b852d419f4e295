using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public interface IFaultyGrain : IGrainWithGuidKey
{
    Task ThrowSynchronouslyAsync(string message);

    Task<int> ThrowAfterAwaitAsync(string message);

    Task<Guid> GetKeyAsync();
}
