using Vrss.TestingHost;

namespace Vrss.Grains.Tests.Events;

public sealed class MemoryUserEventsGrainTests : UserEventsGrainTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.Configuration["Vrss:Storage:Provider"] = "Memory";
}
