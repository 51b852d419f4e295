using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Accounts;

public sealed class PostgresRenameAcrossSilosTests(PostgresDatabaseFixture database) : RenameAcrossSilosTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);
}
