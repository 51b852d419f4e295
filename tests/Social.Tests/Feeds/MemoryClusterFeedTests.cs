using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Feeds;

/// <summary>The feed suite on three silos: feeds, users and posts are spread over the silos, fan-out crosses them.</summary>
public sealed class MemoryClusterFeedTests : FeedTests
{
    protected override int Silos => 3;

    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();
}
