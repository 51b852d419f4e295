using Vrss.Testing;

namespace Vrss.Grains.Tests.Blocks;

/// <summary>The block repository contract on a real PostgreSQL database.</summary>
public sealed class PostgresBlockRepositoryTests(PostgresDatabaseFixture database) : BlockRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
