using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Accounts;

public sealed class MemoryAccountLifecycleTests : AccountLifecycleTests
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    // Memory tables are process objects with no schema to enumerate: the API checks of the test are the proof here.
    protected override Task<IReadOnlyList<string>?> RowsNamingAsync(IReadOnlyList<string> needles) => Task.FromResult<IReadOnlyList<string>?>(null);
}
