using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Graph;

/// <summary>The social graph on three silos sharing PostgreSQL: users' grains and clients spread over the silos.</summary>
public sealed class PostgresClusterSocialGraphTests(PostgresDatabaseFixture database) : SocialGraphTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override int Silos => 3;

    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);
}
