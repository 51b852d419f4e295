using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Ctl.Tests;

/// <summary><see cref="CtlTests"/> on the Memory provider.</summary>
public sealed class MemoryCtlTests : CtlTests
{
    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();
}
