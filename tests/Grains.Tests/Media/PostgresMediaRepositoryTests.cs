using Vrss.Testing;

namespace Vrss.Grains.Tests.Media;

/// <summary>The media repository contract on a real PostgreSQL database.</summary>
public sealed class PostgresMediaRepositoryTests(PostgresDatabaseFixture database) : MediaRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
