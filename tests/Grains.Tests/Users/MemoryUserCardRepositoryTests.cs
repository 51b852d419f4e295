namespace Vrss.Grains.Tests.Users;

/// <summary>The user card contract on the Memory provider.</summary>
public sealed class MemoryUserCardRepositoryTests : UserCardRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
