using Vrss.TestingHost;

namespace Vrss.Grains.Tests.Feeds;

public sealed class MemoryFollowerFanOutTests : FollowerFanOutTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.Configuration["Vrss:Storage:Provider"] = "Memory";
}
