using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Delivery;
using Vrss.Grains.Events;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.Events;

/// <summary>A user's event log: ids, the retained window, and what survives deactivation and silo failure.</summary>
public abstract class UserEventsGrainTests : GrainClusterTests
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Append_IdsIncrease_AndContinueAfterReactivation()
    {
        await using var cluster = await StartAsync(_clock);
        var key = NewUser();
        var log = cluster.GrainFactory.GetGrain<IUserEventsGrain>(key);

        var first = await log.AppendNotificationAsync(Notification("n1"));
        var second = await log.AppendNotificationAsync(Notification("n2"));
        await CollectIdleAsync(cluster, key);
        var third = await log.AppendNotificationAsync(Notification("n3"));

        Assert.Equal([1L, 2L, 3L], new[] { first.Id, second.Id, third.Id });
        Assert.Equal([0L, 1L, 2L], new[] { first.PreviousId, second.PreviousId, third.PreviousId });
        var all = await log.GetSinceAsync(0);
        Assert.True(all.Complete);
        Assert.Equal(["n1", "n2", "n3"], all.Events.Select(e => e.Notification!.Id));
        Assert.Equal(3, all.LastId);
    }

    [Fact]
    public async Task GetSince_ReturnsExactlyTheEventsAfterTheId_AndOnlyTheLastIdWithoutOne()
    {
        await using var cluster = await StartAsync(_clock);
        var log = cluster.GrainFactory.GetGrain<IUserEventsGrain>(NewUser());
        for (var i = 1; i <= 5; i++)
        {
            await log.AppendNotificationAsync(Notification($"n{i}"));
        }

        await log.PostRemovedAsync("post-6");

        var after3 = await log.GetSinceAsync(3);
        var fresh = await log.GetSinceAsync(null);
        var atEnd = await log.GetSinceAsync(6);

        Assert.True(after3.Complete);
        Assert.Equal([4L, 5L, 6L], after3.Events.Select(e => e.Id));
        Assert.Equal(UserEventNames.PostDelete, after3.Events[^1].Name);
        Assert.Equal("post-6", after3.Events[^1].PostId);
        Assert.Empty(fresh.Events);
        Assert.Equal(6, fresh.LastId);
        Assert.True(atEnd.Complete);
        Assert.Empty(atEnd.Events);
    }

    [Fact]
    public async Task GetSince_AnIdNeverIssued_IsIncomplete()
    {
        await using var cluster = await StartAsync(_clock);
        var log = cluster.GrainFactory.GetGrain<IUserEventsGrain>(NewUser());
        await log.AppendNotificationAsync(Notification("n1"));

        Assert.False((await log.GetSinceAsync(2)).Complete);
        Assert.False((await log.GetSinceAsync(-1)).Complete);
        Assert.Equal(1, (await log.GetSinceAsync(2)).LastId);
    }

    [Fact]
    public async Task Retention_KeepsTheLast100_AndOlderOnesWhileYoungerThanTenMinutes()
    {
        await using var cluster = await StartAsync(_clock);
        var log = cluster.GrainFactory.GetGrain<IUserEventsGrain>(NewUser());
        for (var i = 1; i <= 150; i++)
        {
            await log.PostRemovedAsync($"p{i}");
        }

        // All 150 are younger than ten minutes: every one can still be replayed.
        var young = await log.GetSinceAsync(0);
        Assert.True(young.Complete);
        Assert.Equal(150, young.Events.Count);

        _clock.Advance(TimeSpan.FromMinutes(11));
        await log.PostRemovedAsync("p151");

        // Now only the newest 100 are kept: a resume from before them cannot be exact.
        Assert.False((await log.GetSinceAsync(0)).Complete);
        Assert.False((await log.GetSinceAsync(50)).Complete);
        var kept = await log.GetSinceAsync(51);
        Assert.True(kept.Complete);
        Assert.Equal(Enumerable.Range(52, 100).Select(i => (long)i), kept.Events.Select(e => e.Id));
    }

    [Fact]
    public async Task Retention_IsCappedForABurst()
    {
        await using var cluster = await StartAsync(_clock, o => o.Configuration["Vrss:Events:MaxRetained"] = "120");
        var log = cluster.GrainFactory.GetGrain<IUserEventsGrain>(NewUser());
        for (var i = 1; i <= 130; i++)
        {
            await log.PostRemovedAsync($"p{i}");
        }

        Assert.False((await log.GetSinceAsync(9)).Complete);
        Assert.Equal(120, (await log.GetSinceAsync(10)).Events.Count);
    }

    [Fact]
    public async Task FeedEvents_SurviveAnIdleDeactivation()
    {
        await using var cluster = await StartAsync(_clock);
        var key = NewUser();
        var log = cluster.GrainFactory.GetGrain<IUserEventsGrain>(key);
        await log.AppendNotificationAsync(Notification("n1"));
        await log.PostRemovedAsync("p2");
        await log.PostRemovedAsync("p3");

        await CollectIdleAsync(cluster, key);
        var next = await log.AppendNotificationAsync(Notification("n4"));

        var all = await log.GetSinceAsync(0);
        Assert.True(all.Complete);
        Assert.Equal(["notification", "post.delete", "post.delete", "notification"], all.Events.Select(e => e.Name));
        Assert.True(next.Id > 3);
        Assert.Equal(3, next.PreviousId);
    }

    [Fact]
    public async Task NotificationEvents_SurviveTheCrashOfTheirSilo()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var key = await KeyOwnedByAsync(cluster.Silos[1]);
        var log = cluster.Silos[0].GrainFactory.GetGrain<IUserEventsGrain>(key);
        await log.AppendNotificationAsync(Notification("n1"));
        await log.AppendNotificationAsync(Notification("n2"));

        await cluster.KillSiloAsync(cluster.Silos[1]);
        var third = await AppendAfterFailoverAsync(log, "n3");

        var all = await log.GetSinceAsync(0);
        Assert.True(all.Complete);
        Assert.Equal(["n1", "n2", "n3"], all.Events.Select(e => e.Notification!.Id));
        Assert.Equal(3, third.Id);
    }

    [Fact]
    public async Task FeedEventsLostWithACrashedSilo_MakeResumesFromBeforeThemIncomplete_NeverSilent()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var key = await KeyOwnedByAsync(cluster.Silos[1]);
        var log = cluster.Silos[0].GrainFactory.GetGrain<IUserEventsGrain>(key);
        await log.AppendNotificationAsync(Notification("n1"));
        await log.PostRemovedAsync("p2");
        await log.PostRemovedAsync("p3");

        await cluster.KillSiloAsync(cluster.Silos[1]);
        var next = await AppendAfterFailoverAsync(log, "n4");

        // p2 and p3 lived only in the dead silo's memory: a reader who saw only n1 must be told.
        Assert.False((await log.GetSinceAsync(1)).Complete);
        Assert.False((await log.GetSinceAsync(3)).Complete);
        Assert.True(next.Id > 3, $"id {next.Id} reused an id issued before the crash");
        var after = await log.GetSinceAsync(next.Id - 1);
        Assert.True(after.Complete);
        Assert.Equal(["n4"], after.Events.Select(e => e.Notification!.Id));
    }

    private static async Task<UserEvent> AppendAfterFailoverAsync(IUserEventsGrain log, string id)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            try
            {
                return await log.AppendNotificationAsync(Notification(id));
            }
            catch (SiloUnavailableException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private async Task CollectIdleAsync(TestCluster cluster, string key)
    {
        for (var minute = 0; minute < 16; minute++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(5);
        }

        // Idle activations are collected (Orleans' collector, forced rather than waited for).
        await cluster.GrainFactory.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (cluster.RunningSilos.Any(s => s.Services.GetRequiredService<LocalActivations<UserEventsGrain>>().Contains(key)))
        {
            Assert.True(DateTime.UtcNow < deadline, "The event log was not collected.");
            await Task.Delay(10);
        }
    }

    // Activates event logs through `silo` until one lands there (Orleans places new activations itself).
    private static async Task<string> KeyOwnedByAsync(TestSilo silo)
    {
        while (true)
        {
            var key = NewUser();
            await silo.GrainFactory.GetGrain<IUserEventsGrain>(key).GetSinceAsync(null);
            if (await silo.IsActiveHereAsync(GrainId.Create("userevents", key)))
            {
                return key;
            }
        }
    }

    private static string NewUser() => Guid.CreateVersion7().ToString("N");

    private static NotificationView Notification(string id) =>
        new(id, NotificationType.Follow, new UserCard("actor", "actor", "Actor", null), null, DateTimeOffset.UnixEpoch, false);
}
