namespace Vrss.Grains.Tests.Media;

/// <summary>The media repository contract on the Memory provider.</summary>
public sealed class MemoryMediaRepositoryTests : MediaRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
