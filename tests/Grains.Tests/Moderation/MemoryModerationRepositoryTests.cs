namespace Vrss.Grains.Tests.Moderation;

/// <summary>The moderation repository contracts on the Memory provider.</summary>
public sealed class MemoryModerationRepositoryTests : ModerationRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
