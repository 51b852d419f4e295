using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.Feeds;

public sealed class PostgresFollowerFanOutTests(PostgresDatabaseFixture database) : FollowerFanOutTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options)
    {
        options.Configuration["Vrss:Storage:Provider"] = "Postgres";
        options.Configuration["ConnectionStrings:Vrss"] = database.ConnectionString;
    }
}
