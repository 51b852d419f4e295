using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Runtime.Tests;

/// <summary>The runtime's guarantees with the PostgreSQL storage provider, on a real server.</summary>
public sealed class PostgresGrainRuntimeTests(PostgresDatabaseFixture database) : GrainRuntimeTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options)
    {
        options.Configuration["Vrss:Storage:Provider"] = "Postgres";
        options.Configuration["ConnectionStrings:Vrss"] = database.ConnectionString;
    }
}
