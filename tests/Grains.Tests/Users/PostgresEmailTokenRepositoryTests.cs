using Vrss.Grains.Users;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Users;

public sealed class PostgresEmailTokenRepositoryTests(PostgresDatabaseFixture database) : EmailTokenRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override IUserRepository Users { get; } = new PostgresUserRepository(PostgresRepositories.Db(database));

    protected override IEmailTokenRepository Tokens { get; } = new PostgresEmailTokenRepository(PostgresRepositories.Db(database));
}
