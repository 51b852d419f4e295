using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Notifications;
using Vrss.Grains.Notifications;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Notifications;

/// <summary>
/// The live stream on a 3-silo cluster: events cross silos through the runtime's streams, whichever silo holds
/// the connection, the actor and the recipient's grains; a stream whose silo dies resumes on another.
/// </summary>
public abstract class LiveStreamClusterTests : ProductTests
{
    [Fact]
    public async Task Event_ReachesAStreamOnSiloA_FromAnActorOnSiloB_ForARecipientWhoseGrainsAreOnSiloC()
    {
        await using var cluster = await StartAsync(silos: 3);
        var (siloA, siloB, siloC) = (cluster.Silos[0], cluster.Silos[1], cluster.Silos[2]);
        var (recipientClient, recipient) = await RegisterOwnedByAsync(siloC, siloA, "notification", "userevents");
        var (_, actor) = await RegisterOwnedByAsync(siloB, siloB, "user");
        await using var stream = await SseClient.OpenAsync(recipientClient);
        using var secondDevice = await SignInAsync(recipient, siloB);
        await using var streamOnB = await SseClient.OpenAsync(secondDevice);

        // What the social grains on silo B do when the actor follows the recipient there.
        var started = Stopwatch.GetTimestamp();
        await siloB.Services.GetRequiredService<NotificationSender>().NotifyAsync(NotificationType.Follow, recipient.Id, actor.Id);
        var received = await stream.NextAsync();
        var alsoReceived = await streamOnB.NextAsync();

        Assert.True(Stopwatch.GetElapsedTime(started, received.ReceivedAt) < TimeSpan.FromSeconds(1));
        Assert.Equal("follow", received.Json.GetProperty("type").GetString());
        Assert.Equal(actor.Id, received.Json.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(received.Id, alsoReceived.Id);
        Assert.True(await siloC.IsActiveHereAsync(GrainId.Create("userevents", recipient.Id)));
        Assert.True(await siloC.IsActiveHereAsync(GrainId.Create("notification", recipient.Id)));
        Assert.False(await siloA.IsActiveHereAsync(GrainId.Create("userevents", recipient.Id)));
        Assert.True(await siloB.IsActiveHereAsync(GrainId.Create("user", actor.Id)));
    }

    [Fact]
    public async Task RealActionsThroughSiloB_ReachTheStreamOnSiloA_OfARecipientWhoseGrainsAreOnSiloC()
    {
        await using var cluster = await StartAsync(silos: 3);
        var (siloA, siloB, siloC) = (cluster.Silos[0], cluster.Silos[1], cluster.Silos[2]);
        var (recipientClient, recipient) = await RegisterOwnedByAsync(siloC, siloA, "notification", "userevents");
        var (actorClient, actor) = await RegisterOwnedByAsync(siloB, siloB, "user");
        (await recipientClient.CallAsync("social.follow", new { userId = actor.Id })).AssertSuccess();
        await using var stream = await SseClient.OpenAsync(recipientClient);

        var started = Stopwatch.GetTimestamp();
        (await actorClient.CallAsync("social.follow", new { userId = recipient.Id })).AssertSuccess();
        var follow = await stream.NextAsync();
        var posted = (await actorClient.CallAsync("post.create", new { type = "text_short", content = $"hi @{recipient.Username}", visibility = "followers" }))
            .AssertSuccess().GetProperty("post").GetProperty("id").GetString();
        var events = await stream.TakeAsync(2);

        Assert.True(Stopwatch.GetElapsedTime(started, follow.ReceivedAt) < TimeSpan.FromSeconds(1));
        Assert.Equal("follow", follow.Json.GetProperty("type").GetString());
        Assert.Equal(actor.Id, follow.Json.GetProperty("actor").GetProperty("id").GetString());
        var update = Assert.Single(events, e => e.Event == "feed.update");
        Assert.Equal(posted, update.Json.GetProperty("post").GetProperty("id").GetString());
        var mention = Assert.Single(events, e => e.Event == "notification");
        Assert.Equal("mention", mention.Json.GetProperty("type").GetString());
        Assert.True(await siloC.IsActiveHereAsync(GrainId.Create("userevents", recipient.Id)));
        Assert.True(await siloB.IsActiveHereAsync(GrainId.Create("user", actor.Id)));
    }

    [Fact]
    public async Task StreamWhoseSiloDies_ResumesOnAnotherSilo_AndMissesNothing()
    {
        await using var cluster = await StartAsync(silos: 3);
        var (doomed, survivor) = (cluster.Silos[0], cluster.Silos[1]);

        // The hardest case: the connection and the recipient's event log die together.
        var (recipientClient, recipient) = await RegisterOwnedByAsync(doomed, doomed, "userevents");
        var (_, actor) = await RegisterOwnedByAsync(survivor, survivor, "user");
        var sender = survivor.Services.GetRequiredService<NotificationSender>();
        var stream = await SseClient.OpenAsync(recipientClient);
        await sender.NotifyAsync(NotificationType.Follow, recipient.Id, actor.Id);
        var seen = await stream.NextAsync();

        await cluster.KillSiloAsync(doomed);
        await stream.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        await stream.DisposeAsync();
        var types = new[] { NotificationType.Comment, NotificationType.Reaction, NotificationType.Mention };
        foreach (var type in types)
        {
            await RetryAsync(() => sender.NotifyAsync(type, recipient.Id, actor.Id, "post-1"));
        }

        using var reconnecting = await SignInAsync(recipient, survivor);
        await using var resumed = await SseClient.OpenAsync(reconnecting, seen.Id);
        var missed = await resumed.TakeAsync(3);

        Assert.Equal([seen.NumericId + 1, seen.NumericId + 2, seen.NumericId + 3], missed.Select(e => e.NumericId));
        Assert.Equal(["comment", "reaction", "mention"], missed.Select(e => e.Json.GetProperty("type").GetString()));
        Assert.Null(await resumed.TryNextAsync(TimeSpan.FromMilliseconds(300)));
        await sender.NotifyAsync(NotificationType.ConnectionRequest, recipient.Id, actor.Id);
        Assert.Equal(seen.NumericId + 4, (await resumed.NextAsync()).NumericId);
    }

    [Fact]
    public async Task GracefulStopOfTheStreamsSilo_EndsTheStreamAtOnce_AndItResumesElsewhere()
    {
        await using var cluster = await StartAsync(silos: 3);
        var (leaving, staying) = (cluster.Silos[1], cluster.Silos[0]);
        var (client, user) = await RegisterOwnedByAsync(staying, leaving, "userevents");
        var (_, actor) = await RegisterOwnedByAsync(staying, staying, "user");
        var sender = staying.Services.GetRequiredService<NotificationSender>();
        var stream = await SseClient.OpenAsync(client);
        await sender.NotifyAsync(NotificationType.Follow, user.Id, actor.Id);
        var seen = await stream.NextAsync();

        // Open streams must not hold the silo's shutdown for Kestrel's drain timeout.
        var stopping = Stopwatch.StartNew();
        var stop = cluster.StopSiloAsync(leaving);
        await stream.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        await stop;
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"the silo took {stopping.Elapsed} to stop");
        await stream.DisposeAsync();
        await sender.NotifyAsync(NotificationType.Comment, user.Id, actor.Id, "p");

        using var reconnecting = await SignInAsync(user, staying);
        await using var resumed = await SseClient.OpenAsync(reconnecting, seen.Id);
        var missed = await resumed.NextAsync();
        Assert.Equal(seen.NumericId + 1, missed.NumericId);
        Assert.Equal("comment", missed.Json.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Logout_ThroughAnotherSilo_ClosesTheStream()
    {
        await using var cluster = await StartAsync(silos: 3);
        var (client, _) = await RegisterOwnedByAsync(cluster.Silos[2], cluster.Silos[0], "userevents");
        await using var stream = await SseClient.OpenAsync(client);
        using var sameSessionOnB = new RpcClient(cluster.Silos[1].HttpAddress, useCookies: false) { BearerToken = client.SessionCookie };

        var started = Stopwatch.GetTimestamp();
        (await sameSessionOnB.CallAsync("auth.logout")).AssertSuccess();

        await stream.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(1), $"closed after {Stopwatch.GetElapsedTime(started).TotalMilliseconds} ms");
        Assert.True(stream.EndedCleanly);
    }

    [Fact]
    public async Task StreamCap_CountsTheUsersStreamsOnEverySilo()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:Events:MaxStreamsPerUser"] = "2", silos: 3);
        var (clientOnA, user) = await RegisterOwnedByAsync(cluster.Silos[2], cluster.Silos[0], "userevents");
        await using var onA = await SseClient.OpenAsync(clientOnA);
        using var clientOnB = await SignInAsync(user, cluster.Silos[1]);
        await using var onB = await SseClient.OpenAsync(clientOnB);
        using var clientOnC = await SignInAsync(user, cluster.Silos[2]);

        await using var onC = await SseClient.OpenAsync(clientOnC);

        var closed = await onA.NextAsync();
        Assert.Equal("stream.closed", closed.Event);
        Assert.Equal("too_many_streams", closed.Json.GetProperty("reason").GetString());
        await onA.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        await cluster.GrainFactory.GetGrain<IUserEventsGrain>(user.Id).PostRemovedAsync("p");
        Assert.Equal("post.delete", (await onB.NextAsync()).Event);
        Assert.Equal("post.delete", (await onC.NextAsync()).Event);
    }

    // Registers through silo `entry`, then moves the new user's grains of the given types to `owner`.
    private static async Task<(RpcClient Client, TestAccount Account)> RegisterOwnedByAsync(TestSilo owner, TestSilo entry, params string[] grainTypes)
    {
        var client = new RpcClient(entry.HttpAddress);
        var account = await client.RegisterAsync();
        foreach (var type in grainTypes)
        {
            await owner.MoveHereAsync(GrainId.Create(type, account.Id));
        }

        return (client, account);
    }

    private static async Task<RpcClient> SignInAsync(TestAccount user, TestSilo silo)
    {
        using var login = new RpcClient(silo.HttpAddress);
        var token = await login.LoginAsync(user.Username, user.Password);
        return new RpcClient(silo.HttpAddress, useCookies: false) { BearerToken = token };
    }

    // A client retries while the cluster notices the dead silo (calls to it fail fast meanwhile).
    private static async Task RetryAsync(Func<Task> action)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            try
            {
                await action();
                return;
            }
            catch (SiloUnavailableException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
