using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Rpc;

public sealed class MemoryRpcFuzzTests : RpcFuzzTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();
}
