using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public interface IInboxGrain : IGrainWithStringKey
{
    Task DeliverAsync(string item);

    [ReadOnly]
    Task<IReadOnlyList<string>> GetAsync();
}
