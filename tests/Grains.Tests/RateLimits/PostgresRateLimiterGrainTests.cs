using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.RateLimits;

public sealed class PostgresRateLimiterGrainTests(PostgresDatabaseFixture database) : RateLimiterGrainTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options)
    {
        options.Configuration["Vrss:Storage:Provider"] = "Postgres";
        options.Configuration["ConnectionStrings:Vrss"] = database.ConnectionString;
    }
}
