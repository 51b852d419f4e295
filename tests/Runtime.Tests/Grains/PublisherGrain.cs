using Vrss.Runtime.Core;
using Vrss.Runtime.Streams;

namespace Vrss.Runtime.Tests.Grains;

public sealed class PublisherGrain(IStreamProvider streams) : Grain, IPublisherGrain
{
    public Task PublishAsync(string item) =>
        streams.GetStream<string>(new StreamId("test", GetPrimaryKeyString())).OnNextAsync(item);
}
