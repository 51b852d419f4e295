using Vrss.TestingHost;

namespace Vrss.Grains.Tests.Users;

public sealed class MemoryUserGrainTests : UserGrainTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.Configuration["Vrss:Storage:Provider"] = "Memory";
}
