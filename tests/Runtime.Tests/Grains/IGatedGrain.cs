using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public interface IGatedGrain : IGrainWithStringKey
{
    Task<int> WaitAtGateAsync();
}
