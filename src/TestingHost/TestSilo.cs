using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Runtime.Placement;

namespace Vrss.TestingHost;

/// <summary>One silo of a <see cref="TestCluster"/>: an Orleans silo and its web front on a loopback port.</summary>
public sealed class TestSilo
{
    internal TestSilo(int index, string name, WebApplication app, Uri httpAddress)
    {
        Index = index;
        Name = name;
        App = app;
        HttpAddress = httpAddress;
        SiloAddress = app.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
    }

    /// <summary>The silo's index in start order.</summary>
    public int Index { get; }

    /// <summary>The silo's name.</summary>
    public string Name { get; }

    /// <summary>The web front's address.</summary>
    public Uri HttpAddress { get; }

    /// <summary>The silo's Orleans address.</summary>
    public SiloAddress SiloAddress { get; }

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>A grain factory that enters the cluster through this silo.</summary>
    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    /// <summary>Whether <paramref name="grainId"/> has an activation on this silo now (asked of every silo's catalog; nothing is activated).</summary>
    public async Task<bool> IsActiveHereAsync(GrainId grainId) => await WhereIsAsync(grainId).ConfigureAwait(false) == SiloAddress;

    /// <summary>
    /// The silo holding <paramref name="grainId"/>'s activation, or null when it has none. Asked of the silos'
    /// catalogs rather than the grain directory, whose caches may still name an activation that is gone.
    /// </summary>
    public async Task<SiloAddress?> WhereIsAsync(GrainId grainId)
    {
        var activations = await GrainFactory.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics(null, null).ConfigureAwait(false);
        return activations.FirstOrDefault(a => a.GrainId == grainId)?.SiloAddress;
    }

    /// <summary>
    /// Moves <paramref name="grainId"/>'s activation to this silo (activating it here when it has none): Orleans'
    /// migration with a placement hint, so tests can put a grain exactly where their scenario needs it.
    /// </summary>
    public async Task MoveHereAsync(GrainId grainId)
    {
        if (await IsActiveHereAsync(grainId).ConfigureAwait(false))
        {
            return;
        }

        RequestContext.Set(IPlacementDirector.PlacementHintKey, SiloAddress);
        try
        {
            await GrainFactory.GetGrain(grainId).Cast<IGrainManagementExtension>().MigrateOnIdle().ConfigureAwait(false);
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await IsActiveHereAsync(grainId).ConfigureAwait(false))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{grainId} did not move to {Name}.");
            }

            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    /// <summary>False once stopped or killed.</summary>
    public bool IsRunning { get; internal set; } = true;

    internal WebApplication App { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
