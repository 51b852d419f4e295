using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Feeds;

/// <summary>The feed suite on three silos sharing PostgreSQL.</summary>
public sealed class PostgresClusterFeedTests(PostgresDatabaseFixture database) : FeedTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override int Silos => 3;

    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);
}
