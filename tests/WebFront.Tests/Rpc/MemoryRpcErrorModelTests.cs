using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Rpc;

public sealed class MemoryRpcErrorModelTests : RpcErrorModelTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();
}
