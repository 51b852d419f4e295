using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public sealed class GatedGrain(Gate gate) : Grain, IGatedGrain
{
    private int _served;

    public async Task<int> WaitAtGateAsync()
    {
        await gate.WaitAsync();
        return ++_served;
    }

    public async Task<string> WaitAtGateIdempotentAsync()
    {
        await gate.WaitAsync();
        return GetPrimaryKeyString();
    }
}
