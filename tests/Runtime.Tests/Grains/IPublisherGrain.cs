using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public interface IPublisherGrain : IGrainWithStringKey
{
    Task PublishAsync(string item);
}
