using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Runtime.Core;

namespace Vrss.TestingHost;

/// <summary>One silo of a <see cref="TestCluster"/>: a full host with its own services and HTTP endpoint.</summary>
public sealed class TestSilo
{
    internal TestSilo(int index, string name, WebApplication app, Uri httpAddress)
    {
        SiloAddress = app.Services.GetRequiredService<Vrss.Runtime.Membership.MembershipService>().Self.ToString();
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

    /// <summary>The silo's address in the cluster (host:port@generation).</summary>
    public string SiloAddress { get; } = "";

    /// <summary>The address of the silo that owns <paramref name="grainId"/>, as this silo sees it.</summary>
    public string? GetOwner(GrainId grainId) =>
        Services.GetRequiredService<Vrss.Runtime.Placement.PlacementService>().GetOwner(grainId)?.ToString();

    /// <summary>How many activations this silo holds.</summary>
    public int ActivationCount => Services.GetRequiredService<Vrss.Runtime.Activation.Catalog>().Count;

    /// <summary>Whether <paramref name="grainId"/> is active on this silo.</summary>
    public bool IsActiveHere(GrainId grainId) =>
        Services.GetRequiredService<Vrss.Runtime.Activation.Catalog>().TryGet(grainId, out _);

    /// <summary>False once the silo was stopped or killed.</summary>
    public bool IsRunning { get; internal set; } = true;

    internal WebApplication App { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
