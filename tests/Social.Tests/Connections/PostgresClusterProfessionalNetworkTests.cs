using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Connections;

/// <summary>The professional network on three silos sharing PostgreSQL.</summary>
public sealed class PostgresClusterProfessionalNetworkTests(PostgresDatabaseFixture database) : ProfessionalNetworkTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override int Silos => 3;

    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);
}
