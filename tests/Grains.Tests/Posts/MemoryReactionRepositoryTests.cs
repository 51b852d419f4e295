namespace Vrss.Grains.Tests.Posts;

/// <summary>The reaction repository contract on the Memory provider.</summary>
public sealed class MemoryReactionRepositoryTests : ReactionRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
