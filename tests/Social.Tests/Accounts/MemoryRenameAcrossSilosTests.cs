using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Accounts;

public sealed class MemoryRenameAcrossSilosTests : RenameAcrossSilosTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();
}
