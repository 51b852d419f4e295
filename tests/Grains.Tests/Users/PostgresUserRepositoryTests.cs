using Vrss.Grains.Users;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Users;

public sealed class PostgresUserRepositoryTests(PostgresDatabaseFixture database) : UserRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override IUserRepository Users { get; } = new PostgresUserRepository(PostgresRepositories.Db(database));
}
