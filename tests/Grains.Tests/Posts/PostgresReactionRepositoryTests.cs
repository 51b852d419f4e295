using Vrss.Testing;

namespace Vrss.Grains.Tests.Posts;

/// <summary>The reaction repository contract on a real PostgreSQL database.</summary>
public sealed class PostgresReactionRepositoryTests(PostgresDatabaseFixture database) : ReactionRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
