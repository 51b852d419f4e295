namespace Vrss.Grains.Tests.Posts;

/// <summary>The post repository contract on the Memory provider.</summary>
public sealed class MemoryPostRepositoryTests : PostRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
