using Vrss.Grains.Data;
using Vrss.Grains.Users;

namespace Vrss.Grains.Tests.Users;

public sealed class MemoryUserRepositoryTests : UserRepositoryTests
{
    protected override IUserRepository Users { get; } = new MemoryUserRepository(new MemoryDatabase());
}
