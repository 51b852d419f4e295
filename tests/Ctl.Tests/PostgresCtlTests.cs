using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Ctl.Tests;

/// <summary><see cref="CtlTests"/> on PostgreSQL.</summary>
public sealed class PostgresCtlTests(PostgresDatabaseFixture db) : CtlTests, IClassFixture<PostgresDatabaseFixture>
{
    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(db.ConnectionString);
}
