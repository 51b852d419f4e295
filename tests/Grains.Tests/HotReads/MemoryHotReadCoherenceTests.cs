using Vrss.TestingHost;

namespace Vrss.Grains.Tests.HotReads;

public sealed class MemoryHotReadCoherenceTests : HotReadCoherenceTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.Configuration["Vrss:Storage:Provider"] = "Memory";
}
