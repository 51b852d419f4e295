using Vrss.Grains.Data;
using Vrss.Grains.Idempotency;

namespace Vrss.Grains.Tests.Idempotency;

public sealed class MemoryIdempotencyRepositoryTests : IdempotencyRepositoryTests
{
    protected override IIdempotencyRepository Keys { get; } = new MemoryIdempotencyRepository(new MemoryDatabase());
}
