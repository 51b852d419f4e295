using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Auth;

public sealed class MemoryAuthTests : AuthTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();
}
