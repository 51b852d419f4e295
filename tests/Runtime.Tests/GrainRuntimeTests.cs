using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Runtime.Core;
using Vrss.Runtime.Storage;
using Vrss.Runtime.Streams;
using Vrss.Runtime.Tests.Grains;
using Vrss.TestingHost;

namespace Vrss.Runtime.Tests;

/// <summary>
/// The runtime's guarantees on one silo. The same tests run once per storage provider (see the derived
/// classes), because the provider must not change what grain code can rely on.
/// </summary>
public abstract class GrainRuntimeTests
{
    protected abstract void ConfigureStorage(TestClusterOptions options);

    [Fact]
    public async Task NonReentrantGrain_NeverOverlapsConcurrentCalls()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IProbeGrain>("serial");

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => grain.EnterAsync(2)));

        var report = await grain.ReportAsync();
        Assert.Equal(100, report.Entered);
        Assert.Equal(1, report.MaxInside);
        Assert.Equal(1, report.MaxRunning);
    }

    [Fact]
    public async Task ReentrantGrain_InterleavesAtAwaitsButNeverRunsInParallel()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IReentrantProbeGrain>("interleaved");

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => grain.EnterAsync(20)));

        var report = await grain.ReportAsync();
        Assert.Equal(100, report.Entered);
        Assert.True(report.MaxInside > 1, $"requests should overlap across awaits, max inside was {report.MaxInside}");
        Assert.Equal(1, report.MaxRunning);
    }

    [Fact]
    public async Task ReadOnlyCalls_InterleaveWithEachOther()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IProbeGrain>("reads");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => grain.ReadAsync(20)));

        var report = await grain.ReportAsync();
        Assert.True(report.MaxInside > 1, $"read-only requests should overlap, max inside was {report.MaxInside}");
        Assert.Equal(1, report.MaxRunning);
    }

    [Fact]
    public async Task ConcurrentFirstCalls_ActivateTheGrainOnce()
    {
        await using var cluster = await StartAsync();
        var log = cluster.ServiceProvider.GetRequiredService<LifecycleLog>();
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("once");

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => grain.TouchAsync()));

        Assert.Equal(Enumerable.Range(1, 50), results.Order());
        Assert.Equal(1, log.Count("activate:once"));
    }

    [Fact]
    public async Task PersistentState_SurvivesDeactivation()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("survivor");

        for (var i = 0; i < 3; i++)
        {
            await grain.IncrementAsync();
        }

        await grain.DeactivateAsync();
        Assert.Equal(3, await grain.GetAsync());
        Assert.Equal(4, await grain.IncrementAsync());
    }

    [Fact]
    public async Task ClearState_ResetsAndLaterWritesSucceed()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("cleared");
        await grain.IncrementAsync();
        await grain.IncrementAsync();

        await grain.ClearAsync();
        Assert.Equal(0, await grain.GetAsync());
        await grain.DeactivateAsync();

        Assert.Equal(0, await grain.GetAsync());
        Assert.Equal(1, await grain.IncrementAsync());
    }

    [Fact]
    public async Task StaleWrite_ThrowsInconsistentState_AndNextCallReloads()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("contended");
        await grain.IncrementAsync();

        // Another writer (a second activation in a split) moves the stored state on to 10.
        var storage = cluster.ServiceProvider.GetRequiredKeyedService<IGrainStorage>(PersistentStateAttribute.DefaultStorage);
        var other = new GrainState<CounterState>();
        var id = new GrainId("counter", "contended");
        await storage.ReadStateAsync("counter", id, other);
        other.State.Value = 10;
        await storage.WriteStateAsync("counter", id, other);

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.IncrementAsync());

        // The stale activation was dropped; the next call reloads 10 and builds on it.
        Assert.Equal(11, await grain.IncrementAsync());
    }

    [Fact]
    public async Task ConcurrentWritersOfOneState_ExactlyOneWins()
    {
        await using var cluster = await StartAsync();
        var storage = cluster.ServiceProvider.GetRequiredKeyedService<IGrainStorage>(PersistentStateAttribute.DefaultStorage);
        var id = new GrainId("counter", "split");
        var seed = new GrainState<CounterState>();
        seed.State.Value = 1;
        await storage.WriteStateAsync("counter", id, seed);

        var writers = new GrainState<CounterState>[8];
        for (var i = 0; i < writers.Length; i++)
        {
            writers[i] = new GrainState<CounterState>();
            await storage.ReadStateAsync("counter", id, writers[i]);
            writers[i].State.Value = 100 + i;
        }

        var outcomes = await Task.WhenAll(writers.Select(async w =>
        {
            try
            {
                await storage.WriteStateAsync("counter", id, w);
                return w.State.Value;
            }
            catch (InconsistentStateException)
            {
                return -1;
            }
        }));

        var winners = outcomes.Where(v => v > 0).ToList();
        Assert.Single(winners);
        var stored = new GrainState<CounterState>();
        await storage.ReadStateAsync("counter", id, stored);
        Assert.Equal(winners[0], stored.State.Value);
        Assert.Equal("2", stored.ETag);
    }

    [Fact]
    public async Task CallCycle_TimesOutInsteadOfHanging()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:Runtime:ResponseTimeout"] = "00:00:01");
        var grain = cluster.GrainFactory.GetGrain<ICycleGrain>("a");

        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<TimeoutException>(() => grain.CallThroughAsync("b"));

        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.Contains("did not answer", error.Message, StringComparison.Ordinal);
        Assert.Equal("ok", await cluster.GrainFactory.GetGrain<ICycleGrain>("c").EchoAsync("ok"));
    }

    [Fact]
    public async Task Exceptions_ReachTheCallerWithTypeAndMessage()
    {
        await using var cluster = await StartAsync();
        var key = Guid.NewGuid();
        var grain = cluster.GrainFactory.GetGrain<IFaultyGrain>(key);

        var thrown = await Assert.ThrowsAsync<ArgumentException>(() => grain.ThrowSynchronouslyAsync("bad input"));
        Assert.StartsWith("bad input", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("input", thrown.ParamName);
        var afterAwait = await Assert.ThrowsAsync<KeyNotFoundException>(() => grain.ThrowAfterAwaitAsync("missing"));
        Assert.Equal("missing", afterAwait.Message);

        // A failed call does not break the activation.
        Assert.Equal(key, await grain.GetKeyAsync());
    }

    [Fact]
    public async Task FullMailbox_RejectsCallsWithAClearException()
    {
        var gate = new Gate();
        await using var cluster = await StartAsync(o =>
        {
            o.Configuration["Vrss:Runtime:MailboxCapacity"] = "10";
            o.ConfigureServices(s => s.AddSingleton(gate));
        });
        var grain = cluster.GrainFactory.GetGrain<IGatedGrain>("hot");

        var running = grain.WaitAtGateAsync();
        await Task.Delay(100);
        var queued = Enumerable.Range(0, 10).Select(_ => grain.WaitAtGateAsync()).ToList();
        var error = await Assert.ThrowsAsync<MailboxFullException>(() => grain.WaitAtGateAsync());
        Assert.Contains("10 queued requests", error.Message, StringComparison.Ordinal);

        gate.Open();
        var served = await Task.WhenAll(queued.Prepend(running));
        Assert.Equal(Enumerable.Range(1, 11), served.Order());
    }

    [Fact]
    public async Task IdleActivation_IsCollectedAfterItsAge_OnTheInjectedClock()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        var log = cluster.ServiceProvider.GetRequiredService<LifecycleLog>();
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("idle");
        await grain.TouchAsync();

        clock.Advance(TimeSpan.FromMinutes(13));
        await Task.Delay(200);
        Assert.Equal(0, log.Count("deactivate:idle:ActivationIdle"));

        clock.Advance(TimeSpan.FromMinutes(3));
        await Poll.UntilAsync(() => log.Count("deactivate:idle:ActivationIdle") == 1, "idle collection");

        Assert.Equal(1, await grain.TouchAsync());
        Assert.Equal(2, log.Count("activate:idle"));
    }

    [Fact]
    public async Task RecentlyUsedActivation_IsNotCollected()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        var log = cluster.ServiceProvider.GetRequiredService<LifecycleLog>();
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("busy");

        for (var i = 0; i < 5; i++)
        {
            await grain.TouchAsync();
            clock.Advance(TimeSpan.FromMinutes(10));
        }

        await Task.Delay(200);
        Assert.Equal(6, await grain.TouchAsync());
        Assert.Equal(1, log.Count("activate:busy"));
    }

    [Fact]
    public async Task DeactivateOnIdle_RunsOnDeactivateAsync()
    {
        await using var cluster = await StartAsync();
        var log = cluster.ServiceProvider.GetRequiredService<LifecycleLog>();
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("leaving");
        await grain.TouchAsync();

        await grain.DeactivateAsync();

        await Poll.UntilAsync(() => log.Count("deactivate:leaving:ApplicationRequested") == 1, "deactivation");
        Assert.Equal(1, await grain.TouchAsync());
    }

    [Fact]
    public async Task Timer_TicksAsTurns_AndDoesNotKeepTheGrainAlive()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        var log = cluster.ServiceProvider.GetRequiredService<LifecycleLog>();
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("ticker");
        await grain.StartTimerAsync(TimeSpan.FromMinutes(1));

        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Poll.UntilAsync(() => log.Count("tick:ticker") == i + 1, $"tick {i + 1}");
        }

        Assert.Equal(3, await grain.GetTicksAsync());
        clock.Advance(TimeSpan.FromMinutes(16));
        await Poll.UntilAsync(() => log.Count("deactivate:ticker:ActivationIdle") == 1, "collection despite the timer: " + string.Join(",", log.Events));
        var ticks = log.Count("tick:ticker");
        clock.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(100);
        Assert.Equal(ticks, log.Count("tick:ticker"));
    }

    [Fact]
    public async Task Stream_DeliversToSubscribersInOrder_UntilTheyUnsubscribe()
    {
        await using var cluster = await StartAsync();
        var streams = cluster.ServiceProvider.GetRequiredService<IStreamProvider>();
        var received = new List<string>();
        var handle = await streams.GetStream<string>(new StreamId("test", "news")).SubscribeAsync(item =>
        {
            lock (received)
            {
                received.Add(item);
            }

            return Task.CompletedTask;
        });
        var publisher = cluster.GrainFactory.GetGrain<IPublisherGrain>("news");

        for (var i = 0; i < 20; i++)
        {
            await publisher.PublishAsync($"item{i}");
        }

        await Poll.UntilAsync(() => { lock (received) { return received.Count == 20; } }, "20 items");
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"item{i}"), received);

        await handle.UnsubscribeAsync();
        await publisher.PublishAsync("after");
        await Task.Delay(100);
        Assert.Equal(20, received.Count);
    }

    [Fact]
    public async Task Stream_QuietForLongerThanTheCollectionAge_StillDelivers()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        var streams = cluster.ServiceProvider.GetRequiredService<IStreamProvider>();
        var received = 0;
        await using var handle = await streams.GetStream<string>(new StreamId("test", "quiet")).SubscribeAsync(_ =>
        {
            Interlocked.Increment(ref received);
            return Task.CompletedTask;
        });

        // Nothing is published for an hour: the stream's meeting point must not be collected as idle.
        for (var minute = 0; minute < 60; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(10);
        }

        await cluster.GrainFactory.GetGrain<IPublisherGrain>("quiet").PublishAsync("still here");
        await Poll.UntilAsync(() => Volatile.Read(ref received) == 1, "the item published after an hour of quiet");
    }

    [Fact]
    public async Task GracefulStop_DeactivatesGrains()
    {
        var cluster = await StartAsync();
        var log = cluster.ServiceProvider.GetRequiredService<LifecycleLog>();
        await cluster.GrainFactory.GetGrain<ILifecycleGrain>("x").TouchAsync();
        await cluster.GrainFactory.GetGrain<ILifecycleGrain>("y").TouchAsync();

        await cluster.DisposeAsync();

        Assert.Equal(1, log.Count("deactivate:x:ShuttingDown"));
        Assert.Equal(1, log.Count("deactivate:y:ShuttingDown"));
    }

    protected async Task<TestCluster> StartAsync(Action<TestClusterOptions>? configure = null) =>
        await TestCluster.StartAsync(o =>
        {
            o.AddGrainsFromAssembly(typeof(CounterGrain).Assembly);
            o.ConfigureServices(s => s.AddSingleton<LifecycleLog>());
            ConfigureStorage(o);
            configure?.Invoke(o);
        });

    private sealed class GrainState<T> : IGrainState<T> where T : new()
    {
        public T State { get; set; } = new();

        public string? ETag { get; set; }

        public bool RecordExists { get; set; }
    }
}
