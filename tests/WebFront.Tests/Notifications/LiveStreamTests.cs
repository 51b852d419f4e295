using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Notifications;
using Vrss.Grains.Notifications;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;
using Vrss.WebFront.Events;

namespace Vrss.WebFront.Tests.Notifications;

/// <summary>
/// <c>GET /api/stream</c> end to end, with a real SSE client over HTTP: delivery of each notification type,
/// resume with <c>Last-Event-ID</c>, several streams per user, heartbeats, revocation and backpressure.
/// </summary>
public abstract class LiveStreamTests : ProductTests
{
    private static readonly TimeSpan s_deliveryBound = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Stream_WithoutAValidSession_Is401Envelope()
    {
        await using var cluster = await StartAsync();
        using var anonymous = Client(cluster);
        using var forged = new RpcClient(cluster.Silos[0].HttpAddress, useCookies: false) { BearerToken = new string('a', 43) };

        foreach (var client in new[] { anonymous, forged })
        {
            var (status, body, contentType) = await SseClient.OpenRefusedAsync(client);
            Assert.Equal(401, status);
            Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
            Assert.Contains("\"code\":1000", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Stream_IsAnUncachedEventStream_WithARetryHint()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();

        await using var stream = await SseClient.OpenAsync(client);

        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", stream.Response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal("no", stream.Response.Headers.GetValues("X-Accel-Buffering").Single());
        await Poll.UntilAsync(() => stream.Retry is not null, "the retry hint");
        Assert.Equal(2000, stream.Retry);
    }

    [Fact]
    public async Task EachNotificationType_ArrivesWithinOneSecondOfItsCause()
    {
        await using var cluster = await StartAsync();
        using var recipientClient = Client(cluster);
        using var actorClient = Client(cluster);
        var recipient = await recipientClient.RegisterAsync();
        var actor = await actorClient.RegisterAsync();
        var sender = cluster.Silos[0].Services.GetRequiredService<NotificationSender>();
        await using var stream = await SseClient.OpenAsync(recipientClient);

        var causes = new (string Type, Func<Task> Cause)[]
        {
            ("follow", () => sender.NotifyAsync(NotificationType.Follow, recipient.Id, actor.Id)),
            ("reaction", () => sender.NotifyAsync(NotificationType.Reaction, recipient.Id, actor.Id, "post-1")),
            ("comment", () => sender.NotifyAsync(NotificationType.Comment, recipient.Id, actor.Id, "post-1")),
            ("connection_request", () => sender.NotifyAsync(NotificationType.ConnectionRequest, recipient.Id, actor.Id)),
            ("connection_accepted", () => sender.NotifyAsync(NotificationType.ConnectionAccepted, recipient.Id, actor.Id)),
            ("mention", () => sender.NotifyMentionsAsync(actor.Id, "post-2", $"hello @{recipient.Username.ToUpperInvariant()}!")),
        };
        foreach (var (type, cause) in causes)
        {
            var started = Stopwatch.GetTimestamp();
            await cause();
            var received = await stream.NextAsync();
            var latency = Stopwatch.GetElapsedTime(started, received.ReceivedAt);

            Assert.True(latency < s_deliveryBound, $"{type} took {latency.TotalMilliseconds} ms");
            Assert.Equal("notification", received.Event);
            var data = received.Json;
            Assert.Equal(type, data.GetProperty("type").GetString());
            Assert.Equal(actor.Id, data.GetProperty("actor").GetProperty("id").GetString());
            Assert.Equal(actor.Username, data.GetProperty("actor").GetProperty("username").GetString());
            Assert.False(data.GetProperty("read").GetBoolean());
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", data.GetProperty("createdAt").GetString());
        }
    }

    [Fact]
    public async Task SelfNotifications_AndRepeatedReactions_AreNotStreamed()
    {
        await using var cluster = await StartAsync();
        using var recipientClient = Client(cluster);
        using var actorClient = Client(cluster);
        var recipient = await recipientClient.RegisterAsync();
        var actor = await actorClient.RegisterAsync();
        var sender = cluster.Silos[0].Services.GetRequiredService<NotificationSender>();
        await using var stream = await SseClient.OpenAsync(recipientClient);

        await sender.NotifyAsync(NotificationType.Follow, recipient.Id, recipient.Id);
        await sender.NotifyMentionsAsync(recipient.Id, "post-1", $"talking to myself @{recipient.Username}");
        for (var i = 0; i < 3; i++)
        {
            await sender.NotifyAsync(NotificationType.Reaction, recipient.Id, actor.Id, "post-1");
        }

        await sender.NotifyAsync(NotificationType.Comment, recipient.Id, actor.Id, "post-1");

        var first = await stream.NextAsync();
        var second = await stream.NextAsync();
        Assert.Equal("reaction", first.Json.GetProperty("type").GetString());
        Assert.Equal("comment", second.Json.GetProperty("type").GetString());
        Assert.Equal(first.NumericId + 1, second.NumericId);
        Assert.Null(await stream.TryNextAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Resume_WithLastEventId_ReturnsExactlyTheMissedEvents_ThenLiveOnes()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        using var actorClient = Client(cluster);
        var user = await client.RegisterAsync();
        var actor = await actorClient.RegisterAsync();
        var log = cluster.GrainFactory.GetGrain<IUserEventsGrain>(user.Id);
        var sender = cluster.Silos[0].Services.GetRequiredService<NotificationSender>();

        string lastSeen;
        await using (var first = await SseClient.OpenAsync(client))
        {
            await sender.NotifyAsync(NotificationType.Follow, user.Id, actor.Id);
            await log.PostRemovedAsync("gone-1");
            await first.TakeAsync(2);
            lastSeen = first.LastEventId!;
        }

        // Missed while disconnected: notifications and feed events alike.
        await sender.NotifyAsync(NotificationType.Comment, user.Id, actor.Id, "p1");
        await log.PostRemovedAsync("gone-2");
        await sender.NotifyAsync(NotificationType.Reaction, user.Id, actor.Id, "p1");

        await using var resumed = await SseClient.OpenAsync(client, lastSeen);
        var missed = await resumed.TakeAsync(3);
        await sender.NotifyAsync(NotificationType.ConnectionRequest, user.Id, actor.Id);
        var live = await resumed.NextAsync();

        var from = long.Parse(lastSeen, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([from + 1, from + 2, from + 3, from + 4], missed.Append(live).Select(e => e.NumericId));
        Assert.Equal(["notification", "post.delete", "notification", "notification"], missed.Append(live).Select(e => e.Event));
        Assert.Equal("comment", missed[0].Json.GetProperty("type").GetString());
        Assert.Equal("gone-2", missed[1].Json.GetProperty("postId").GetString());
        Assert.Equal("reaction", missed[2].Json.GetProperty("type").GetString());
        Assert.Equal("connection_request", live.Json.GetProperty("type").GetString());
        Assert.Null(await resumed.TryNextAsync(TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task Resume_FromAnIdTheLogCannotReplay_StartsWithAReset()
    {
        await using var cluster = await StartAsync(o =>
        {
            o.Configuration["Vrss:Events:RetainCount"] = "5";
            o.Configuration["Vrss:Events:MaxRetained"] = "5";
        });
        using var client = Client(cluster);
        var user = await client.RegisterAsync();
        var log = cluster.GrainFactory.GetGrain<IUserEventsGrain>(user.Id);
        for (var i = 0; i < 10; i++)
        {
            await log.PostRemovedAsync($"p{i}");
        }

        // Trimmed from the window, never issued, and not an id at all.
        foreach (var lastEventId in new[] { "1", "999", "not-a-number" })
        {
            var lastId = (await log.GetSinceAsync(null)).LastId;
            await using var stream = await SseClient.OpenAsync(client, lastEventId);
            var reset = await stream.NextAsync();
            await log.PostRemovedAsync("after-reset");
            var next = await stream.NextAsync();

            Assert.Equal("reset", reset.Event);
            Assert.Equal(lastId, reset.NumericId);
            Assert.Equal("post.delete", next.Event);
            Assert.Equal(lastId + 1, next.NumericId);
        }

        // Within the window a resume is exact.
        var window = (await log.GetSinceAsync(null)).LastId;
        await using var exact = await SseClient.OpenAsync(client, (window - 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([window - 1, window], (await exact.TakeAsync(2)).Select(e => e.NumericId));
    }

    [Fact]
    public async Task TwoStreamsOfOneUser_PhoneAndLaptop_BothReceiveEveryEvent()
    {
        await using var cluster = await StartAsync();
        using var laptop = Client(cluster);
        var user = await laptop.RegisterAsync();
        using var phone = await SignInElsewhereAsync(cluster, user);
        using var actorClient = Client(cluster);
        var actor = await actorClient.RegisterAsync();
        var sender = cluster.Silos[0].Services.GetRequiredService<NotificationSender>();
        await using var onLaptop = await SseClient.OpenAsync(laptop);
        await using var onPhone = await SseClient.OpenAsync(phone);

        await sender.NotifyAsync(NotificationType.Follow, user.Id, actor.Id);
        await sender.NotifyAsync(NotificationType.Comment, user.Id, actor.Id, "p");
        await cluster.GrainFactory.GetGrain<IUserEventsGrain>(user.Id).PostRemovedAsync("p");

        var laptopEvents = await onLaptop.TakeAsync(3);
        var phoneEvents = await onPhone.TakeAsync(3);
        Assert.Equal(laptopEvents.Select(e => (e.Id, e.Event, e.Data)), phoneEvents.Select(e => (e.Id, e.Event, e.Data)));
    }

    [Fact]
    public async Task Logout_ClosesTheStreamsOfThatSessionAtOnce_AndOnlyThose()
    {
        await using var cluster = await StartAsync();
        using var leaving = Client(cluster);
        var user = await leaving.RegisterAsync();
        using var staying = await SignInElsewhereAsync(cluster, user);
        await using var leavingStream = await SseClient.OpenAsync(leaving);
        await using var stayingStream = await SseClient.OpenAsync(staying);

        var started = Stopwatch.GetTimestamp();
        (await leaving.CallAsync("auth.logout")).AssertSuccess();

        await leavingStream.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(Stopwatch.GetElapsedTime(started) < s_deliveryBound, $"closed after {Stopwatch.GetElapsedTime(started).TotalMilliseconds} ms");
        Assert.True(leavingStream.EndedCleanly);
        await cluster.GrainFactory.GetGrain<IUserEventsGrain>(user.Id).PostRemovedAsync("still-open");
        Assert.Equal("post.delete", (await stayingStream.NextAsync()).Event);

        // The revoked session cannot open a new stream.
        using var revoked = new RpcClient(cluster.Silos[0].HttpAddress, useCookies: false) { BearerToken = user.Token };
        Assert.Equal(401, (await SseClient.OpenRefusedAsync(revoked)).Status);
    }

    [Fact]
    public async Task RevokeSession_ClosesThatDevicesStreams_SayingWhy_AndOnlyThose()
    {
        await using var cluster = await StartAsync();
        using var laptop = Client(cluster);
        var user = await laptop.RegisterAsync();
        using var lostPhone = await SignInElsewhereAsync(cluster, user);
        await using var laptopStream = await SseClient.OpenAsync(laptop);
        await using var phoneStream = await SseClient.OpenAsync(lostPhone);
        var phoneSession = (await lostPhone.CallAsync("auth.getSession")).AssertSuccess().GetProperty("session").GetProperty("sessionId").GetString();

        (await laptop.CallAsync("auth.revokeSession", new { sessionId = phoneSession })).AssertSuccess();

        var closed = await phoneStream.NextAsync();
        Assert.Equal("stream.closed", closed.Event);
        Assert.Null(closed.Id);
        Assert.Equal(StreamCloseReasons.SessionRevoked, closed.Json.GetProperty("reason").GetString());
        await phoneStream.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(phoneStream.EndedCleanly);
        await cluster.GrainFactory.GetGrain<IUserEventsGrain>(user.Id).PostRemovedAsync("still-open");
        Assert.Equal("post.delete", (await laptopStream.NextAsync()).Event);
    }

    [Fact]
    public async Task EleventhStream_ClosesTheOldest_AfterAStreamClosedEvent_AndTheOthersStayOpen()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var user = await client.RegisterAsync();
        var streams = new List<SseClient>();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                streams.Add(await SseClient.OpenAsync(client));
            }

            var oldest = streams[0];
            Assert.DoesNotContain(streams, s => s.Completion.IsCompleted);
            streams.Add(await SseClient.OpenAsync(client));

            var closed = await oldest.NextAsync();
            Assert.Equal("stream.closed", closed.Event);
            Assert.Null(closed.Id);
            Assert.Equal(StreamCloseReasons.TooManyStreams, closed.Json.GetProperty("reason").GetString());
            await oldest.Completion.WaitAsync(TimeSpan.FromSeconds(5));
            Assert.True(oldest.EndedCleanly);
            await cluster.GrainFactory.GetGrain<IUserEventsGrain>(user.Id).PostRemovedAsync("to-the-ten-left");
            foreach (var open in streams.Skip(1))
            {
                Assert.Equal("post.delete", (await open.NextAsync()).Event);
            }
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task StreamCap_IsConfigurable()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:Events:MaxStreamsPerUser"] = "1");
        using var client = Client(cluster);
        await client.RegisterAsync();
        await using var first = await SseClient.OpenAsync(client);

        await using var second = await SseClient.OpenAsync(client);

        Assert.Equal(StreamCloseReasons.TooManyStreams, (await first.NextAsync()).Json.GetProperty("reason").GetString());
        await first.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(second.Completion.IsCompleted);
    }

    [Fact]
    public async Task PasswordChange_ClosesTheStreamsOfEveryOtherSession()
    {
        await using var cluster = await StartAsync();
        using var current = Client(cluster);
        var user = await current.RegisterAsync();
        using var other = await SignInElsewhereAsync(cluster, user);
        await using var currentStream = await SseClient.OpenAsync(current);
        await using var otherStream = await SseClient.OpenAsync(other);

        (await current.CallAsync("auth.changePassword", new { currentPassword = user.Password, newPassword = "Another-Horse-43" })).AssertSuccess();

        await otherStream.Completion.WaitAsync(TimeSpan.FromSeconds(2));
        Assert.False(currentStream.Completion.IsCompleted);
    }

    [Fact]
    public async Task Heartbeat_IsACommentEveryInterval()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:Stream:HeartbeatInterval"] = "00:00:00.200");
        using var client = Client(cluster);
        await client.RegisterAsync();
        await using var stream = await SseClient.OpenAsync(client);

        await Task.Delay(TimeSpan.FromSeconds(2));

        // About ten in two seconds; a busy machine may delay one, never stop them.
        var comments = stream.Comments;
        Assert.InRange(comments.Count, 5, 12);
        var gaps = comments.Zip(comments.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b)).ToList();
        Assert.True(gaps.All(gap => gap < TimeSpan.FromSeconds(2)), "gaps (ms): " + string.Join(", ", gaps.Select(g => (int)g.TotalMilliseconds)));
        Assert.False(stream.Completion.IsCompleted);
    }

    [Fact]
    public async Task Heartbeat_DefaultIntervalIsFifteenSeconds()
    {
        await using var cluster = await StartAsync();
        var options = cluster.Silos[0].Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EventStreamOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(15), options.HeartbeatInterval);
    }

    [Fact]
    public async Task SlowClient_IsDisconnectedPastTheBound_AndResumesWithoutGapsOrDuplicates()
    {
        await using var cluster = await StartAsync(o =>
        {
            o.Configuration["Vrss:Stream:BufferCapacity"] = "16";
            o.Configuration["Vrss:Events:MaxRetained"] = "1000000";
        });
        using var client = Client(cluster);
        var user = await client.RegisterAsync();
        var log = cluster.GrainFactory.GetGrain<IUserEventsGrain>(user.Id);
        var endpoint = cluster.Silos[0].Services.GetRequiredService<EventStreamEndpoint>();
        await using var stalled = await SseClient.OpenAsync(client, receiveBufferSize: 4096);
        await log.PostRemovedAsync("first");
        Assert.Equal("post.delete", (await stalled.NextAsync()).Event);

        stalled.PauseReading();
        var published = 1;
        while (endpoint.OpenStreams > 0)
        {
            Assert.True(published < 300_000, "The stalled client was never disconnected.");
            await Task.WhenAll(Enumerable.Range(0, 500).Select(i => log.PostRemovedAsync($"p{published + i}")));
            published += 500;
        }

        // The server gave up on the client; whatever the client still reads, it resumes from there.
        stalled.ResumeReading();
        var received = new List<SseEvent>();
        while (await stalled.TryNextAsync(TimeSpan.FromSeconds(2)) is { } item)
        {
            received.Add(item);
        }

        await stalled.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(stalled.EndedCleanly);
        Assert.True(received.Count < published - 1, "the client was not behind");
        var lastSeen = stalled.LastEventId!;
        await using var resumed = await SseClient.OpenAsync(client, lastSeen);
        var from = long.Parse(lastSeen, System.Globalization.CultureInfo.InvariantCulture);
        var rest = await resumed.TakeAsync((int)(published - from), TimeSpan.FromSeconds(30));
        Assert.Equal(Enumerable.Range(1, published - (int)from).Select(i => from + i), rest.Select(e => e.NumericId));
        Assert.Null(await resumed.TryNextAsync(TimeSpan.FromMilliseconds(200)));
    }

    // A second session of the user (another device), used through a bearer token.
    private static async Task<RpcClient> SignInElsewhereAsync(TestCluster cluster, TestAccount user, int silo = 0)
    {
        using var login = Client(cluster, silo);
        var token = await login.LoginAsync(user.Username, user.Password);
        return new RpcClient(cluster.Silos[silo].HttpAddress, useCookies: false) { BearerToken = token };
    }
}
