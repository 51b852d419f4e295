using Microsoft.Extensions.DependencyInjection;
using Vrss.Runtime.Storage;
using Vrss.Runtime.Tests.Grains;
using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Runtime.Tests.Postgres;

/// <summary>
/// Two silos that do not know about each other (a split) both activate the same grain against one database:
/// version-checked writes must let exactly one writer win each time and lose no acknowledged update.
/// </summary>
public sealed class SplitBrainTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task TwoActivationsOfOneGrain_NoAcknowledgedIncrementIsLost()
    {
        await using var left = await StartAsync();
        await using var right = await StartAsync();
        var a = left.GrainFactory.GetGrain<ICounterGrain>("split");
        var b = right.GrainFactory.GetGrain<ICounterGrain>("split");
        var acknowledged = 0;
        var conflicts = 0;

        async Task Hammer(ICounterGrain grain)
        {
            for (var i = 0; i < 100; i++)
            {
                try
                {
                    await grain.IncrementAsync();
                    Interlocked.Increment(ref acknowledged);
                }
                catch (InconsistentStateException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        }

        await Task.WhenAll(Hammer(a), Hammer(b));

        Assert.Equal(200, acknowledged + conflicts);
        Assert.True(conflicts > 0, "both activations wrote, so some writes must have lost the race");
        await a.DeactivateAsync();
        Assert.Equal(acknowledged, await a.GetAsync());
    }

    private Task<TestCluster> StartAsync() =>
        TestCluster.StartAsync(o =>
        {
            o.AddGrainsFromAssembly(typeof(CounterGrain).Assembly);
            o.ConfigureServices(s => s.AddSingleton<LifecycleLog>());
            o.Configuration["Vrss:Storage:Provider"] = "Postgres";
            o.Configuration["ConnectionStrings:Vrss"] = database.ConnectionString;
        });
}
