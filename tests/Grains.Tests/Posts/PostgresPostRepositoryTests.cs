using Vrss.Testing;

namespace Vrss.Grains.Tests.Posts;

/// <summary>The post repository contract on a real PostgreSQL database.</summary>
public sealed class PostgresPostRepositoryTests(PostgresDatabaseFixture database) : PostRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
