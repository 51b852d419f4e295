using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.RateLimits;

public sealed class MemoryRateLimitTests : RateLimitTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();
}
