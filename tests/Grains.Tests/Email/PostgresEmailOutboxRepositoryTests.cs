using Vrss.Grains.Email;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Email;

public sealed class PostgresEmailOutboxRepositoryTests(PostgresDatabaseFixture database) : EmailOutboxRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override IEmailOutboxRepository Outbox { get; } = new PostgresEmailOutboxRepository(PostgresRepositories.Db(database));
}
