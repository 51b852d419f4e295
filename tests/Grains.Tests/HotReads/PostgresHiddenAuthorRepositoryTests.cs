using Vrss.Testing;

namespace Vrss.Grains.Tests.HotReads;

/// <summary>The hidden authors on a real PostgreSQL database.</summary>
public sealed class PostgresHiddenAuthorRepositoryTests(PostgresDatabaseFixture database) : HiddenAuthorRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
