using Vrss.Testing;

namespace Vrss.Grains.Tests.Social;

/// <summary>The follow request repository contract on a real PostgreSQL database.</summary>
public sealed class PostgresFollowRequestRepositoryTests(PostgresDatabaseFixture database) : FollowRequestRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
