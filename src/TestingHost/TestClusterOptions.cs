using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Vrss.TestingHost;

/// <summary>How a <see cref="TestCluster"/> builds its silos.</summary>
public sealed class TestClusterOptions
{
    internal List<Action<WebApplicationBuilder, int>> BuilderActions { get; } = [];

    internal List<Action<ISiloBuilder, int>> SiloActions { get; } = [];

    internal List<Action<WebApplication>> AppActions { get; } = [];

    internal Dictionary<Type, Func<object>> SharedFactories { get; } = [];

    /// <summary>How many silos <see cref="TestCluster.StartAsync"/> starts.</summary>
    public int Silos { get; set; } = 1;

    /// <summary>
    /// The clock grains see (for example a <see cref="ManualTimeProvider"/>). Orleans' own background work
    /// (messaging, membership, directory, reminders) stays on real time, so moving a manual clock never stalls or
    /// rushes the cluster itself; idle collection follows the test's clock.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Configuration every silo gets (on top of the cluster's own settings).</summary>
    public IDictionary<string, string?> Configuration { get; } = new Dictionary<string, string?>();

    /// <summary>Adds services to every silo.</summary>
    public TestClusterOptions ConfigureServices(Action<IServiceCollection> configure) =>
        ConfigureBuilder((builder, _) => configure(builder.Services));

    /// <summary>Configures every silo's host builder (the second argument is the silo's index).</summary>
    public TestClusterOptions ConfigureBuilder(Action<WebApplicationBuilder, int> configure)
    {
        BuilderActions.Add(configure);
        return this;
    }

    /// <summary>Configures every silo's Orleans silo builder (grains' storage, reminders, grain services).</summary>
    public TestClusterOptions ConfigureSilo(Action<ISiloBuilder, int> configure)
    {
        SiloActions.Add(configure);
        return this;
    }

    /// <summary>Configures every silo's HTTP pipeline.</summary>
    public TestClusterOptions ConfigureApp(Action<WebApplication> configure)
    {
        AppActions.Add(configure);
        return this;
    }

    /// <summary>One instance of <typeparamref name="T"/> shared by every silo (as real silos share a database).</summary>
    public TestClusterOptions ShareSingleton<T>() where T : class, new()
    {
        SharedFactories[typeof(T)] = static () => new T();
        return this;
    }
}
