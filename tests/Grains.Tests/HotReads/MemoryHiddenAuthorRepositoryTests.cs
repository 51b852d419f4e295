namespace Vrss.Grains.Tests.HotReads;

/// <summary>The hidden authors on the Memory provider.</summary>
public sealed class MemoryHiddenAuthorRepositoryTests : HiddenAuthorRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
