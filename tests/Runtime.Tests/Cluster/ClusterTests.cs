using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Runtime.Core;
using Vrss.Runtime.Hosting;
using Vrss.Runtime.Membership;
using Vrss.Runtime.Streams;
using Vrss.Runtime.Tests.Grains;
using Vrss.TestingHost;

namespace Vrss.Runtime.Tests.Cluster;

/// <summary>Several silos in one process, talking over real loopback TCP, sharing in-memory storage and membership.</summary>
public sealed class ClusterTests
{
    private static readonly TimeSpan s_deathTimeout = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task ConcurrentFirstCallsFromEverySilo_ActivateTheGrainOnce()
    {
        await using var cluster = await StartAsync(3);
        var log = cluster.GetShared<LifecycleLog>();

        var touches = await Task.WhenAll(cluster.Silos.SelectMany(silo =>
            Enumerable.Range(0, 20).Select(_ => silo.GrainFactory.GetGrain<ILifecycleGrain>("everyone").TouchAsync())));

        Assert.Equal(Enumerable.Range(1, 60), touches.Order());
        Assert.Equal(1, log.Count("activate:everyone"));
        Assert.Single(cluster.Silos, s => s.IsActiveHere(new GrainId("lifecycle", "everyone")));
    }

    [Fact]
    public async Task RemoteCalls_CarryExceptionsWithTypeAndMessage()
    {
        await using var cluster = await StartAsync(2);
        var key = KeyOwnedBy(cluster, cluster.Silos[1], "faulty", () => Guid.NewGuid().ToString("D"));
        var grain = cluster.Silos[0].GrainFactory.GetGrain<IFaultyGrain>(Guid.Parse(key));

        var thrown = await Assert.ThrowsAsync<ArgumentException>(() => grain.ThrowSynchronouslyAsync("bad input"));
        Assert.Equal("input", thrown.ParamName);
        Assert.StartsWith("bad input", thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter 'input') (Parameter", thrown.Message, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<KeyNotFoundException>(() => grain.ThrowAfterAwaitAsync("missing"));
        Assert.Equal("missing", missing.Message);
        Assert.Equal(Guid.Parse(key), await grain.GetKeyAsync());
    }

    [Fact]
    public async Task KilledSilo_ItsGrainsAnswerFromSurvivorsWithTheirPersistedState()
    {
        await using var cluster = await StartAsync(3);
        var keys = Enumerable.Range(0, 30).Select(i => $"counter-{i}").ToList();
        foreach (var key in keys)
        {
            await cluster.GrainFactory.GetGrain<ICounterGrain>(key).IncrementAsync();
            await cluster.GrainFactory.GetGrain<ICounterGrain>(key).IncrementAsync();
        }

        var victim = cluster.Silos[2];
        var onVictim = keys.Where(k => victim.IsActiveHere(new GrainId("counter", k))).ToList();
        Assert.NotEmpty(onVictim);

        var watch = Stopwatch.StartNew();
        await cluster.KillSiloAsync(victim);
        var answers = await Task.WhenAll(keys.Select(k => cluster.Silos[0].GrainFactory.GetGrain<ICounterGrain>(k).GetAsync()));

        Assert.All(answers, value => Assert.Equal(2, value));
        Assert.True(watch.Elapsed < s_deathTimeout + TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(3, await cluster.Silos[1].GrainFactory.GetGrain<ICounterGrain>(onVictim[0]).IncrementAsync());
    }

    [Fact]
    public async Task CallToAKilledSilo_FailsFastInsteadOfWaitingForTheTimeout()
    {
        await using var cluster = await StartAsync(2, o => o.ShareSingleton<Gate>());
        var key = KeyOwnedBy(cluster, cluster.Silos[1], "gated", () => Guid.NewGuid().ToString("N"));
        var blocked = cluster.Silos[0].GrainFactory.GetGrain<IGatedGrain>(key).WaitAtGateAsync();
        await Task.Delay(200);

        var watch = Stopwatch.StartNew();
        await cluster.KillSiloAsync(cluster.Silos[1]);

        await Assert.ThrowsAsync<SiloUnavailableException>(() => blocked);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"failed after {watch.Elapsed}, not fast");
    }

    [Fact]
    public async Task IdempotentCallToAKilledSilo_IsRetriedOnceOnTheNewOwner()
    {
        await using var cluster = await StartAsync(2, o => o.ShareSingleton<Gate>());
        var key = KeyOwnedBy(cluster, cluster.Silos[1], "gated", () => Guid.NewGuid().ToString("N"));
        var blocked = cluster.Silos[0].GrainFactory.GetGrain<IGatedGrain>(key).WaitAtGateIdempotentAsync();
        await Task.Delay(200);

        await cluster.KillSiloAsync(cluster.Silos[1]);
        cluster.GetShared<Gate>().Open();

        Assert.Equal(key, await blocked);
        Assert.True(cluster.Silos[0].IsActiveHere(new GrainId("gated", key)));
    }

    [Fact]
    public async Task AddingASilo_MovesAboutOneNthOfTenThousandKeys()
    {
        await using var cluster = await StartAsync(3);
        var ids = Enumerable.Range(0, 10_000).Select(i => new GrainId("counter", $"key-{i}")).ToList();
        var before = ids.Select(id => cluster.Silos[0].GetOwner(id)).ToList();

        var added = await cluster.StartAdditionalSiloAsync();

        var after = ids.Select(id => cluster.Silos[0].GetOwner(id)).ToList();
        var moved = Enumerable.Range(0, ids.Count).Where(i => before[i] != after[i]).ToList();
        Assert.InRange(moved.Count / (double)ids.Count, 0.20, 0.30);
        Assert.All(moved, i => Assert.Equal(added.SiloAddress, after[i]));
        Assert.All(cluster.Silos, s => Assert.Equal(after, ids.Select(s.GetOwner).ToList()));
    }

    [Fact]
    public async Task AddingASilo_HandsOffTheActivationsItNowOwns()
    {
        await using var cluster = await StartAsync(2);
        var keys = Enumerable.Range(0, 300).Select(i => $"moving-{i}").ToList();
        foreach (var key in keys)
        {
            await cluster.GrainFactory.GetGrain<ICounterGrain>(key).IncrementAsync();
        }

        var added = await cluster.StartAdditionalSiloAsync();
        var movedKeys = keys.Where(k => added.SiloAddress == added.GetOwner(new GrainId("counter", k))).ToList();
        Assert.InRange(movedKeys.Count, 60, 140);
        await PollAsync(() => movedKeys.All(k => !cluster.Silos[0].IsActiveHere(new GrainId("counter", k)) && !cluster.Silos[1].IsActiveHere(new GrainId("counter", k))), "old owners to deactivate");

        foreach (var key in keys)
        {
            Assert.Equal(2, await cluster.GrainFactory.GetGrain<ICounterGrain>(key).IncrementAsync());
        }

        Assert.All(movedKeys, k => Assert.True(added.IsActiveHere(new GrainId("counter", k))));
    }

    [Fact]
    public async Task GracefulStop_DeactivatesItsGrainsAndTheyContinueElsewhere()
    {
        await using var cluster = await StartAsync(3);
        var log = cluster.GetShared<LifecycleLog>();
        var leaving = cluster.Silos[1];
        var key = KeyOwnedBy(cluster, leaving, "lifecycle", () => Guid.NewGuid().ToString("N"));
        await cluster.GrainFactory.GetGrain<ILifecycleGrain>(key).TouchAsync();

        await cluster.StopSiloAsync(leaving);

        Assert.Equal(1, log.Count($"deactivate:{key}:ShuttingDown"));
        Assert.Equal(1, await cluster.GrainFactory.GetGrain<ILifecycleGrain>(key).TouchAsync());
        Assert.Equal(2, log.Count($"activate:{key}"));
    }

    [Fact]
    public async Task SubscriberOnOneSilo_ReceivesWhatAGrainOnAnotherPublishes()
    {
        await using var cluster = await StartAsync(3);
        var key = KeyOwnedBy(cluster, cluster.Silos[2], "publisher", () => Guid.NewGuid().ToString("N"));
        var received = new List<string>();
        var streams = cluster.Silos[0].Services.GetRequiredService<IStreamProvider>();
        var handle = await streams.GetStream<string>(new StreamId("test", key)).SubscribeAsync(item =>
        {
            lock (received)
            {
                received.Add(item);
            }

            return Task.CompletedTask;
        });
        var otherSilo = cluster.Silos[1].Services.GetRequiredService<IStreamProvider>();
        var alsoReceived = 0;
        await otherSilo.GetStream<string>(new StreamId("test", key)).SubscribeAsync(_ =>
        {
            Interlocked.Increment(ref alsoReceived);
            return Task.CompletedTask;
        });

        for (var i = 0; i < 10; i++)
        {
            await cluster.Silos[1].GrainFactory.GetGrain<IPublisherGrain>(key).PublishAsync($"event{i}");
        }

        await PollAsync(() => { lock (received) { return received.Count == 10; } }, "10 events on silo 0");
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"event{i}"), received);
        await PollAsync(() => Volatile.Read(ref alsoReceived) == 10, "10 events on silo 1");
        await handle.UnsubscribeAsync();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task SubscribingWhileTheLastSubscriberLeaves_KeepsTheSiloRegistered(int rendezvousSilo)
    {
        // A client reconnecting its live stream: the old connection unsubscribes as the new one subscribes. The
        // new registration must not be undone by the old one's removal arriving after it.
        await using var cluster = await StartAsync(2);
        var key = KeyOwnedBy(cluster, cluster.Silos[rendezvousSilo], "vrss.stream", () => "test/" + Guid.NewGuid().ToString("N"));
        var stream = cluster.Silos[0].Services.GetRequiredService<IStreamProvider>().GetStream<int>(StreamHub.ParseKey(key));
        var received = 0;
        var handle = await stream.SubscribeAsync(_ => Task.CompletedTask);
        for (var round = 1; round <= 100; round++)
        {
            var resubscribed = Task.Run(() => stream.SubscribeAsync(item =>
            {
                Interlocked.Exchange(ref received, item);
                return Task.CompletedTask;
            }));
            var leaving = handle;
            await Task.WhenAll(Task.Run(leaving.UnsubscribeAsync), resubscribed);
            handle = await resubscribed;

            await stream.OnNextAsync(round);
            var expected = round;
            await Poll.UntilAsync(() => Volatile.Read(ref received) == expected, $"item {round} after resubscribing", TimeSpan.FromSeconds(2));
        }
    }

    [Fact]
    public async Task SubscriptionsOfADeadSilo_AreDroppedAndPublishingGoesOn()
    {
        await using var cluster = await StartAsync(3);
        var stream = new StreamId("test", "shared");
        var survivorCount = 0;
        await cluster.Silos[0].Services.GetRequiredService<IStreamProvider>().GetStream<string>(stream).SubscribeAsync(_ =>
        {
            Interlocked.Increment(ref survivorCount);
            return Task.CompletedTask;
        });
        await cluster.Silos[2].Services.GetRequiredService<IStreamProvider>().GetStream<string>(stream).SubscribeAsync(_ => Task.CompletedTask);

        await cluster.KillSiloAsync(cluster.Silos[2]);
        await cluster.WaitForStableViewAsync();
        var publisher = cluster.Silos[0].Services.GetRequiredService<IStreamProvider>().GetStream<string>(stream);
        for (var i = 0; i < 5; i++)
        {
            await publisher.OnNextAsync($"after{i}");
        }

        await PollAsync(() => Volatile.Read(ref survivorCount) == 5, "5 events on the survivor");
    }

    [Fact]
    public async Task Broadcast_ReachesOnlyActiveGrains_WithOneMessagePerSilo()
    {
        await using var cluster = await StartAsync(3);
        var active = Enumerable.Range(0, 60).Select(i => $"inbox-{i}").ToList();
        var inactive = Enumerable.Range(60, 60).Select(i => $"inbox-{i}").ToList();
        foreach (var key in active)
        {
            await cluster.GrainFactory.GetGrain<IInboxGrain>(key).GetAsync();
        }

        var activationsBefore = cluster.Silos.Sum(s => s.ActivationCount);
        var framesBefore = cluster.Silos[0].Services.GetRequiredService<Transport.SiloTransport>().BroadcastsSent;
        var broadcaster = cluster.Silos[0].Services.GetRequiredService<Broadcast.IActiveGrainBroadcaster>();

        var delivered = await broadcaster.SendToActiveAsync<IInboxGrain>([.. active, .. inactive], g => g.DeliverAsync("hello"));

        Assert.Equal(60, delivered);
        Assert.Equal(2, cluster.Silos[0].Services.GetRequiredService<Transport.SiloTransport>().BroadcastsSent - framesBefore);
        foreach (var key in active)
        {
            Assert.Equal(["hello"], await cluster.GrainFactory.GetGrain<IInboxGrain>(key).GetAsync());
        }

        Assert.Equal(activationsBefore, cluster.Silos.Sum(s => s.ActivationCount));
    }

    [Fact]
    public async Task CallArrivingAtASiloThatDoesNotOwnTheGrain_IsForwardedToTheOwner()
    {
        await using var cluster = await StartAsync(2);
        var owner = cluster.Silos[0];
        var other = cluster.Silos[1];
        var key = KeyOwnedBy(cluster, owner, "counter", () => Guid.NewGuid().ToString("N"));
        var method = owner.Services.GetRequiredService<Invocation.GrainTypeRegistry>()
            .GetInterface(typeof(ICounterGrain)).GetMethod(typeof(ICounterGrain).GetMethod(nameof(ICounterGrain.IncrementAsync))!);
        var call = new Messaging.LocalCall<int>(new GrainId("counter", key), method, [], owner.Services.GetRequiredService<Messaging.PendingCalls>());

        // Deliberately send the call to the silo that does not own the grain, as a stale view would.
        owner.Services.GetRequiredService<Transport.SiloTransport>().SendRequest(
            other.Services.GetRequiredService<MembershipService>().Self, call);

        Assert.Equal(1, await call.Task);
        Assert.True(owner.IsActiveHere(new GrainId("counter", key)));
        Assert.False(other.IsActiveHere(new GrainId("counter", key)));
    }

    [Fact]
    public async Task SiloDeclaredDeadByTheOthers_StopsItself()
    {
        await using var cluster = await StartAsync(2);
        var outcast = cluster.Silos[1];
        var table = cluster.GetShared<InMemoryMembershipTable>().For(TimeProvider.System);
        var self = outcast.Services.GetRequiredService<MembershipService>().Self;
        var snapshot = await table.ReadAllAsync(CancellationToken.None);

        Assert.True(await table.TryUpdateStatusAsync(self, SiloStatus.Dead, snapshot.Version, CancellationToken.None));

        await PollAsync(() => outcast.Services.GetRequiredService<SiloLifecycle>().IsStopped, "the outcast to stop");
        await PollAsync(() => !cluster.Silos[0].Services.GetRequiredService<MembershipService>().View.IsActive(self), "the view to drop it");
        Assert.Equal(1, await cluster.Silos[0].GrainFactory.GetGrain<ICounterGrain>("after-outcast").IncrementAsync());
    }

    private static Task<TestCluster> StartAsync(int silos, Action<TestClusterOptions>? configure = null) =>
        TestCluster.StartAsync(o =>
        {
            o.Silos = silos;
            o.AddGrainsFromAssembly(typeof(CounterGrain).Assembly);
            o.ShareSingleton<LifecycleLog>();
            configure?.Invoke(o);
        });

    private static string KeyOwnedBy(TestCluster cluster, TestSilo silo, string grainType, Func<string> newKey)
    {
        while (true)
        {
            var key = newKey();
            if (silo.GetOwner(new GrainId(grainType, key)) == silo.SiloAddress)
            {
                return key;
            }
        }
    }

    private static Task PollAsync(Func<bool> condition, string what) => Poll.UntilAsync(condition, what, TimeSpan.FromSeconds(15));
}
