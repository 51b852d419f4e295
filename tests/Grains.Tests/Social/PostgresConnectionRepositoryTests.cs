using Vrss.Testing;

namespace Vrss.Grains.Tests.Social;

/// <summary>The connection repository contract on a real PostgreSQL database.</summary>
public sealed class PostgresConnectionRepositoryTests(PostgresDatabaseFixture database) : ConnectionRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
