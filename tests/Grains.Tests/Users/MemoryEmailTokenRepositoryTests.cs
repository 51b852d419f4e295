using Vrss.Grains.Data;
using Vrss.Grains.Users;

namespace Vrss.Grains.Tests.Users;

public sealed class MemoryEmailTokenRepositoryTests : EmailTokenRepositoryTests
{
    private static readonly MemoryDatabase s_database = new();

    protected override IUserRepository Users { get; } = new MemoryUserRepository(s_database);

    protected override IEmailTokenRepository Tokens { get; } = new MemoryEmailTokenRepository(s_database);
}
