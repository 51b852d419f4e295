using Vrss.TestingHost;

namespace Vrss.Grains.Tests.RateLimits;

public sealed class MemoryRateLimiterGrainTests : RateLimiterGrainTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.Configuration["Vrss:Storage:Provider"] = "Memory";
}
