using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.Users;

public sealed class PostgresUserGrainTests(PostgresDatabaseFixture database) : UserGrainTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options)
    {
        options.Configuration["Vrss:Storage:Provider"] = "Postgres";
        options.Configuration["ConnectionStrings:Vrss"] = database.ConnectionString;
    }
}
