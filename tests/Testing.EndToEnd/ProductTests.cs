using Vrss.TestingHost;

namespace Vrss.Testing.EndToEnd;

/// <summary>
/// A base for end-to-end tests of the product: derive a Memory and a Postgres class that choose the storage,
/// as tests/Runtime.Tests does, and start clusters with <see cref="StartAsync"/>.
/// <code>
/// public sealed class MemoryFooTests : FooTests { protected override void ConfigureStorage(TestClusterOptions o) => o.UseMemoryStorage(); }
/// public sealed class PostgresFooTests(PostgresDatabaseFixture db) : FooTests, IClassFixture&lt;PostgresDatabaseFixture&gt;
/// { protected override void ConfigureStorage(TestClusterOptions o) => o.UsePostgresStorage(db.ConnectionString); }
/// </code>
/// </summary>
public abstract class ProductTests
{
    /// <summary>Chooses the storage provider.</summary>
    protected abstract void ConfigureStorage(TestClusterOptions options);

    /// <summary>Starts a cluster of <paramref name="silos"/> silos running the product.</summary>
    protected Task<TestCluster> StartAsync(Action<TestClusterOptions>? configure = null, int silos = 1) =>
        TestCluster.StartAsync(o =>
        {
            o.Silos = silos;
            o.UseVrssProduct();
            ConfigureStorage(o);
            configure?.Invoke(o);
        });

    /// <summary>A client of one silo of <paramref name="cluster"/>, from a fresh loopback address.</summary>
    protected static RpcClient Client(TestCluster cluster, int silo = 0)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new RpcClient(cluster.Silos[silo].HttpAddress);
    }
}
