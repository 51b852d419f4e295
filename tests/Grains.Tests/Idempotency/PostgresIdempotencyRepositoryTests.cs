using Vrss.Grains.Idempotency;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Idempotency;

public sealed class PostgresIdempotencyRepositoryTests(PostgresDatabaseFixture database) : IdempotencyRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override IIdempotencyRepository Keys { get; } = new PostgresIdempotencyRepository(PostgresRepositories.Db(database));
}
