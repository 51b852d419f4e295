using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Graph;

/// <summary>Follow requests on two silos sharing PostgreSQL: requester and addressee grains may live on different silos.</summary>
public sealed class PostgresClusterFollowRequestTests(PostgresDatabaseFixture database) : FollowRequestTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override int Silos => 2;

    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);
}
