using Vrss.Testing;

namespace Vrss.Grains.Tests.Social;

/// <summary>The follow repository contract on a real PostgreSQL database.</summary>
public sealed class PostgresFollowRepositoryTests(PostgresDatabaseFixture database) : FollowRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
