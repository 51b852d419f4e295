namespace Vrss.Grains.Tests.Social;

/// <summary>The follow request repository contract on the Memory provider.</summary>
public sealed class MemoryFollowRequestRepositoryTests : FollowRequestRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
