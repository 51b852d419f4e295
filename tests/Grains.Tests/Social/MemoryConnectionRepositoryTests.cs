namespace Vrss.Grains.Tests.Social;

/// <summary>The connection repository contract on the Memory provider.</summary>
public sealed class MemoryConnectionRepositoryTests : ConnectionRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
