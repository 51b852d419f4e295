using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Vrss.Grains.HotReads;

namespace Vrss.Grains.Tests.HotReads;

/// <summary>
/// The edge cases of sending a change to every silo: one that does not answer must not fail the (committed) write, and
/// is told to drop its copy once the first call settled, until it takes that or leaves; one that joins while the change
/// is on its way gets it too.
/// </summary>
public sealed class HotReadBroadcastTests
{
    private static readonly HotReadOptions s_options = new() { BroadcastTimeout = TimeSpan.FromSeconds(5), RetryDelay = TimeSpan.FromSeconds(1) };
    private static readonly HotReadChange s_change = new(HotReadChangeKind.Post, "p1");

    private static SiloAddress Silo(int port) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 1);

    private static HotReadBroadcast Broadcast(
        Func<IReadOnlyCollection<SiloAddress>> members,
        Func<SiloAddress, HotReadChange, Task> apply,
        Func<SiloAddress, HotReadChange, Task> revalidate,
        TimeProvider clock) =>
        new(members, apply, revalidate, s_options, clock, NullLogger.Instance);

    [Fact]
    public async Task ASiloThatDoesNotAnswer_DoesNotFailTheWrite_AndIsToldToDropItsCopyOnceTheFirstCallSettled()
    {
        var clock = new TimerSignallingClock();
        SiloAddress answering = Silo(1), hung = Silo(2);
        var firstToHung = new TaskCompletionSource();
        var revalidated = new TaskCompletionSource<(SiloAddress, HotReadChange)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var applied = new ConcurrentQueue<SiloAddress>();
        var broadcast = Broadcast(
            () => [answering, hung],
            (silo, _) =>
            {
                applied.Enqueue(silo);
                return silo.Equals(hung) ? firstToHung.Task : Task.CompletedTask;
            },
            (silo, change) =>
            {
                revalidated.TrySetResult((silo, change));
                return Task.CompletedTask;
            },
            clock);

        var send = broadcast.SendAsync(s_change);
        Assert.False(send.IsCompleted);
        clock.Clock.Advance(s_options.BroadcastTimeout);
        await send;

        Assert.Equal([answering, hung], applied.OrderBy(s => s.Endpoint.Port));
        Assert.False(revalidated.Task.IsCompleted);

        // Orleans' own timeout ends the first call; only then may the re-validation go (it cannot be overtaken).
        firstToHung.SetException(new TimeoutException());
        Assert.Equal((hung, s_change), await revalidated.Task);
    }

    [Fact]
    public async Task AReValidation_IsRetried_UntilTheSiloTakesIt()
    {
        var clock = new TimerSignallingClock();
        var hung = Silo(2);
        var attempts = 0;
        var broadcast = Broadcast(
            () => [hung],
            (_, _) => Task.CompletedTask,
            (_, _) => Interlocked.Increment(ref attempts) == 1 ? Task.FromException(new TimeoutException()) : Task.CompletedTask,
            clock);

        var run = broadcast.RevalidateAsync(hung, s_change, Task.FromException(new TimeoutException()));
        Assert.Equal(s_options.RetryDelay, await clock.Started.ReadAsync());
        Assert.False(run.IsCompleted);
        clock.Clock.Advance(s_options.RetryDelay);
        await run;

        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task AReValidation_Stops_WhenTheSiloLeavesTheCluster()
    {
        var clock = new TimerSignallingClock();
        var hung = Silo(2);
        var members = new ConcurrentDictionary<SiloAddress, bool> { [hung] = true };
        var attempts = 0;
        var broadcast = Broadcast(
            () => [.. members.Keys],
            (_, _) => Task.CompletedTask,
            (_, _) =>
            {
                Interlocked.Increment(ref attempts);
                return Task.FromException(new TimeoutException());
            },
            clock);

        var run = broadcast.RevalidateAsync(hung, s_change, Task.CompletedTask);
        Assert.Equal(s_options.RetryDelay, await clock.Started.ReadAsync());
        members.TryRemove(hung, out _);
        clock.Clock.Advance(s_options.RetryDelay);
        await run;

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task ASiloThatJoinsWhileTheChangeIsOnItsWay_GetsItBeforeTheWriteAnswers()
    {
        var first = Silo(1);
        var joiner = Silo(3);
        var members = new ConcurrentQueue<SiloAddress>([first]);
        var applied = new ConcurrentQueue<SiloAddress>();
        var broadcast = Broadcast(
            () => [.. members],
            (silo, _) =>
            {
                applied.Enqueue(silo);
                if (silo.Equals(first))
                {
                    // The membership snapshot the broadcast started with did not have it.
                    members.Enqueue(joiner);
                }

                return Task.CompletedTask;
            },
            (_, _) => Task.CompletedTask,
            TimeProvider.System);

        await broadcast.SendAsync(s_change);

        Assert.Equal([first, joiner], applied);
    }
}
