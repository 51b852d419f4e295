using Vrss.TestingHost;

namespace Vrss.Runtime.Tests;

/// <summary>The runtime's guarantees with the in-memory storage provider.</summary>
public sealed class MemoryGrainRuntimeTests : GrainRuntimeTests
{
    protected override void ConfigureStorage(TestClusterOptions options) =>
        options.Configuration["Vrss:Storage:Provider"] = "Memory";
}
