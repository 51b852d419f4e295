using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Auth;

public sealed class PostgresAuthTests(PostgresDatabaseFixture database) : AuthTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);
}
