namespace Vrss.Grains.Tests.Feeds;

/// <summary>The pulled-author contract on the Memory provider.</summary>
public sealed class MemoryPullAuthorRepositoryTests : PullAuthorRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
