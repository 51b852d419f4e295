using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public sealed class CycleGrain : Grain, ICycleGrain
{
    public Task<string> CallThroughAsync(string otherKey) =>
        GrainFactory.GetGrain<ICycleGrain>(otherKey).CallBackAsync(GetPrimaryKeyString());

    public Task<string> CallBackAsync(string originKey) => GrainFactory.GetGrain<ICycleGrain>(originKey).EchoAsync("back");

    public Task<string> EchoAsync(string text) => Task.FromResult(text);
}
