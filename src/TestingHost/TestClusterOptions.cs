using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Runtime.Hosting;

namespace Vrss.TestingHost;

/// <summary>How a <see cref="TestCluster"/> builds its silos.</summary>
public sealed class TestClusterOptions
{
    internal List<Action<WebApplicationBuilder, int>> BuilderActions { get; } = [];

    internal List<Action<WebApplication>> AppActions { get; } = [];

    internal Dictionary<Type, Func<object>> SharedFactories { get; } = [];

    /// <summary>How many silos to start.</summary>
    public int Silos { get; set; } = 1;

    /// <summary>The clock every silo uses; a <see cref="ManualTimeProvider"/> lets tests move time.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Configuration keys given to every silo (for example <c>Vrss:Runtime:ResponseTimeout</c>).</summary>
    public IDictionary<string, string?> Configuration { get; } = new Dictionary<string, string?>();

    /// <summary>Adds the grain classes of an assembly to every silo.</summary>
    public TestClusterOptions AddGrainsFromAssembly(Assembly assembly) =>
        ConfigureServices(services => services.AddGrainsFromAssembly(assembly));

    /// <summary>Configures every silo's services.</summary>
    public TestClusterOptions ConfigureServices(Action<IServiceCollection> configure) =>
        ConfigureBuilder((builder, _) => configure(builder.Services));

    /// <summary>Configures every silo's builder; the second argument is the silo's index.</summary>
    public TestClusterOptions ConfigureBuilder(Action<WebApplicationBuilder, int> configure)
    {
        BuilderActions.Add(configure);
        return this;
    }

    /// <summary>Configures every silo's web application (endpoints, middleware) before it starts.</summary>
    public TestClusterOptions ConfigureApp(Action<WebApplication> configure)
    {
        AppActions.Add(configure);
        return this;
    }

    /// <summary>
    /// Registers one instance of <typeparamref name="T"/> in every silo: state that real silos would share
    /// through PostgreSQL, such as in-memory tables.
    /// </summary>
    public TestClusterOptions ShareSingleton<T>() where T : class, new()
    {
        SharedFactories[typeof(T)] = static () => new T();
        return this;
    }
}
