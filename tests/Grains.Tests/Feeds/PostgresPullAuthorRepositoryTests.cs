using Vrss.Testing;

namespace Vrss.Grains.Tests.Feeds;

/// <summary>The pulled-author contract on a real PostgreSQL database.</summary>
public sealed class PostgresPullAuthorRepositoryTests(PostgresDatabaseFixture database) : PullAuthorRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
