using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Auth;

public sealed class MemoryTrustedDeviceTests : TrustedDeviceTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();
}
