using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Runtime.Core;

namespace Vrss.TestingHost;

/// <summary>One silo of a <see cref="TestCluster"/>: a full host with its own services and HTTP endpoint.</summary>
public sealed class TestSilo
{
    internal TestSilo(int index, string name, WebApplication app, Uri httpAddress)
    {
        Index = index;
        Name = name;
        App = app;
        HttpAddress = httpAddress;
    }

    /// <summary>The silo's position in the cluster's start order.</summary>
    public int Index { get; }

    /// <summary>The silo's name.</summary>
    public string Name { get; }

    /// <summary>Where the silo's Kestrel listens (loopback, a free port).</summary>
    public Uri HttpAddress { get; }

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>A grain factory whose calls enter the cluster through this silo.</summary>
    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    /// <summary>False once the silo was stopped or killed.</summary>
    public bool IsRunning { get; internal set; } = true;

    internal WebApplication App { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
