using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.HotReads;

public sealed class PostgresHotReadCoherenceTests(PostgresDatabaseFixture database) : HotReadCoherenceTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options)
    {
        options.Configuration["Vrss:Storage:Provider"] = "Postgres";
        options.Configuration["ConnectionStrings:Vrss"] = database.ConnectionString;
    }
}
