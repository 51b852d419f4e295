using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Security.Tests;

/// <summary>
/// Attacks on a silo with in-memory storage: the holes these tests reproduce are in the web front and the grains,
/// not in the storage, so one provider is enough unless a test says otherwise.
/// </summary>
public abstract class MemoryProductTests : ProductTests
{
    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();
}
