using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Rpc;

public sealed class PostgresRpcErrorModelTests(PostgresDatabaseFixture database) : RpcErrorModelTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);
}
