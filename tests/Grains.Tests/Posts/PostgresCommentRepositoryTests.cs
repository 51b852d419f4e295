using Vrss.Testing;

namespace Vrss.Grains.Tests.Posts;

/// <summary>The comment repository contract on a real PostgreSQL database.</summary>
public sealed class PostgresCommentRepositoryTests(PostgresDatabaseFixture database) : CommentRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
