using Vrss.Grains.Sessions;
using Vrss.Grains.Users;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Sessions;

public sealed class PostgresSessionRepositoryTests(PostgresDatabaseFixture database) : SessionRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override IUserRepository Users { get; } = new PostgresUserRepository(PostgresRepositories.Db(database));

    protected override ISessionRepository Sessions { get; } = new PostgresSessionRepository(PostgresRepositories.Db(database));
}
