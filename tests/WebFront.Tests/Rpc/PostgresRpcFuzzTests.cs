using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Rpc;

public sealed class PostgresRpcFuzzTests(PostgresDatabaseFixture database) : RpcFuzzTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);
}
