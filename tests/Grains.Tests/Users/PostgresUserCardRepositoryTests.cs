using Vrss.Testing;

namespace Vrss.Grains.Tests.Users;

/// <summary>The user card contract on a real PostgreSQL database.</summary>
public sealed class PostgresUserCardRepositoryTests(PostgresDatabaseFixture database) : UserCardRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
