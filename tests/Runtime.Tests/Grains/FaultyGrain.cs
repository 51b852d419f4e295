using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public sealed class FaultyGrain : Grain, IFaultyGrain
{
    public Task ThrowSynchronouslyAsync(string message) => throw new ArgumentException(message, "input");

    public async Task<int> ThrowAfterAwaitAsync(string message)
    {
        await Task.Yield();
        throw new KeyNotFoundException(message);
    }

    public Task<Guid> GetKeyAsync() => Task.FromResult(GetPrimaryKey());
}
