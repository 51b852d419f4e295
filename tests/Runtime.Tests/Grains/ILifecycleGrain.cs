using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public interface ILifecycleGrain : IGrainWithStringKey
{
    Task<int> TouchAsync();

    Task DeactivateAsync();

    Task StartTimerAsync(TimeSpan period);

    Task<int> GetTicksAsync();
}
