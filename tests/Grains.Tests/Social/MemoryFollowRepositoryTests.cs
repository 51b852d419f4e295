namespace Vrss.Grains.Tests.Social;

/// <summary>The follow repository contract on the Memory provider.</summary>
public sealed class MemoryFollowRepositoryTests : FollowRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
