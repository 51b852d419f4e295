using Vrss.Grains.Data;
using Vrss.Grains.Email;

namespace Vrss.Grains.Tests.Email;

public sealed class MemoryEmailOutboxRepositoryTests : EmailOutboxRepositoryTests
{
    protected override IEmailOutboxRepository Outbox { get; } = new MemoryEmailOutboxRepository(new MemoryDatabase());
}
