using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.RateLimits;

public sealed class PostgresRateLimitTests(PostgresDatabaseFixture database) : RateLimitTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);
}
