namespace Vrss.Grains.Tests.Blocks;

/// <summary>The block repository contract on the Memory provider.</summary>
public sealed class MemoryBlockRepositoryTests : BlockRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
