using Vrss.Grains.Data;
using Vrss.Grains.Sessions;
using Vrss.Grains.Users;

namespace Vrss.Grains.Tests.Sessions;

public sealed class MemorySessionRepositoryTests : SessionRepositoryTests
{
    private static readonly MemoryDatabase s_database = new();

    protected override IUserRepository Users { get; } = new MemoryUserRepository(s_database);

    protected override ISessionRepository Sessions { get; } = new MemorySessionRepository(s_database);
}
