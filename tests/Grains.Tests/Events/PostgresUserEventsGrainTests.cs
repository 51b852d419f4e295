using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.Events;

public sealed class PostgresUserEventsGrainTests(PostgresDatabaseFixture database) : UserEventsGrainTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options)
    {
        options.Configuration["Vrss:Storage:Provider"] = "Postgres";
        options.Configuration["ConnectionStrings:Vrss"] = database.ConnectionString;
    }
}
