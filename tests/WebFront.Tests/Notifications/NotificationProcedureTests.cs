using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Notifications;
using Vrss.Grains.Notifications;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Notifications;

/// <summary><c>notification.getNotifications</c> and <c>notification.markRead</c> over HTTP.</summary>
public abstract class NotificationProcedureTests : ProductTests
{
    [Fact]
    public async Task GetNotifications_NewestFirst_PagedByCursor_WithTheUnreadCount()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        var (client, user, actor, sender) = await SetUpAsync(cluster);
        var types = new[] { NotificationType.Follow, NotificationType.Comment, NotificationType.ConnectionRequest, NotificationType.ConnectionAccepted, NotificationType.Reaction };
        foreach (var type in types)
        {
            await sender.NotifyAsync(type, user.Id, actor.Id, type is NotificationType.Comment or NotificationType.Reaction ? "post-1" : null);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = (await client.CallAsync("notification.getNotifications", new { limit = 2 })).AssertSuccess();
        var second = (await client.CallAsync("notification.getNotifications", new { limit = 2, cursor = first.GetProperty("nextCursor").GetString() })).AssertSuccess();
        var third = (await client.CallAsync("notification.getNotifications", new { limit = 2, cursor = second.GetProperty("nextCursor").GetString() })).AssertSuccess();

        var items = Items(first).Concat(Items(second)).Concat(Items(third)).ToList();
        Assert.Equal(["reaction", "connection_accepted", "connection_request", "comment", "follow"], items.Select(i => i.GetProperty("type").GetString()));
        Assert.Equal(JsonValueKind.Null, third.GetProperty("nextCursor").ValueKind);
        Assert.Equal(5, first.GetProperty("unreadCount").GetInt32());
        var reaction = items[0];
        Assert.Equal(actor.Id, reaction.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(actor.Username, reaction.GetProperty("actor").GetProperty("username").GetString());
        Assert.True(reaction.GetProperty("actor").TryGetProperty("displayName", out _));
        Assert.True(reaction.GetProperty("actor").TryGetProperty("avatarUrl", out _));
        Assert.Equal("post-1", reaction.GetProperty("postId").GetString());
        Assert.False(reaction.GetProperty("read").GetBoolean());
        Assert.Equal(JsonValueKind.Null, items[4].GetProperty("postId").ValueKind);
        Assert.Equal(5, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task GetNotifications_Since_LeavesOutOlderOnes()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        var (client, user, actor, sender) = await SetUpAsync(cluster);
        await sender.NotifyAsync(NotificationType.Follow, user.Id, actor.Id);
        clock.Advance(TimeSpan.FromHours(1));
        var since = clock.GetUtcNow();
        await sender.NotifyAsync(NotificationType.Comment, user.Id, actor.Id, "p");
        clock.Advance(TimeSpan.FromMinutes(1));
        await sender.NotifyAsync(NotificationType.Mention, user.Id, actor.Id, "p");

        var data = (await client.CallAsync("notification.getNotifications", new { since = since.ToString("O") })).AssertSuccess();

        Assert.Equal(["mention", "comment"], Items(data).Select(i => i.GetProperty("type").GetString()));
        Assert.Equal(3, data.GetProperty("unreadCount").GetInt32());
    }

    [Fact]
    public async Task MarkRead_ByIds_IgnoresOthersIds_AndAllMarksEverything()
    {
        await using var cluster = await StartAsync();
        var (client, user, actor, sender) = await SetUpAsync(cluster);
        for (var i = 0; i < 4; i++)
        {
            await sender.NotifyAsync(NotificationType.Comment, user.Id, actor.Id, $"post-{i}");
        }

        await sender.NotifyAsync(NotificationType.Follow, actor.Id, user.Id);
        using var actorClient = Client(cluster);
        await actorClient.LoginAsync(actor.Username, actor.Password);
        var othersId = Items((await actorClient.CallAsync("notification.getNotifications")).AssertSuccess()).Single().GetProperty("id").GetString();
        var ids = Items((await client.CallAsync("notification.getNotifications")).AssertSuccess()).Select(i => i.GetProperty("id").GetString()).ToList();

        var marked = (await client.CallAsync("notification.markRead", new { ids = new[] { ids[0], ids[2], othersId, "no-such-id" } })).AssertSuccess();
        Assert.Equal(2, marked.GetProperty("unreadCount").GetInt32());
        var list = Items((await client.CallAsync("notification.getNotifications")).AssertSuccess());
        Assert.Equal([true, false, true, false], list.Select(i => i.GetProperty("read").GetBoolean()));
        Assert.Equal(1, (await actorClient.CallAsync("notification.getNotifications")).AssertSuccess().GetProperty("unreadCount").GetInt32());

        var all = (await client.CallAsync("notification.markRead", new { all = true })).AssertSuccess();
        Assert.Equal(0, all.GetProperty("unreadCount").GetInt32());
        Assert.All(Items((await client.CallAsync("notification.getNotifications")).AssertSuccess()), i => Assert.True(i.GetProperty("read").GetBoolean()));
    }

    [Fact]
    public async Task RepeatedReactions_ByOneUserToOnePost_AreOneNotification_BackOnTopAndUnread()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        var (client, user, actor, sender) = await SetUpAsync(cluster);
        await sender.NotifyAsync(NotificationType.Reaction, user.Id, actor.Id, "post-1");
        clock.Advance(TimeSpan.FromSeconds(1));
        await sender.NotifyAsync(NotificationType.Follow, user.Id, actor.Id);
        (await client.CallAsync("notification.markRead", new { all = true })).AssertSuccess();
        clock.Advance(TimeSpan.FromSeconds(1));

        for (var i = 0; i < 5; i++)
        {
            await sender.NotifyAsync(NotificationType.Reaction, user.Id, actor.Id, "post-1");
        }

        await sender.NotifyAsync(NotificationType.Reaction, user.Id, actor.Id, "post-2");

        var data = (await client.CallAsync("notification.getNotifications")).AssertSuccess();
        var items = Items(data);
        Assert.Equal(3, items.Count);
        Assert.Equal(["post-2", "post-1"], items.Take(2).Select(i => i.GetProperty("postId").GetString()));
        Assert.Equal("follow", items[2].GetProperty("type").GetString());
        Assert.Equal(2, data.GetProperty("unreadCount").GetInt32());
    }

    [Fact]
    public async Task Notifications_ToOneself_AreNeverStored()
    {
        await using var cluster = await StartAsync();
        var (client, user, _, sender) = await SetUpAsync(cluster);

        await sender.NotifyAsync(NotificationType.Follow, user.Id, user.Id);
        await sender.NotifyAsync(NotificationType.Comment, user.Id, user.Id, "mine");
        Assert.Null(await cluster.GrainFactory.GetGrain<INotificationGrain>(user.Id).NotifyAsync(NotificationType.Reaction, user.Id, "mine", Guid.NewGuid().ToString("N")));
        var mentioned = await sender.NotifyMentionsAsync(user.Id, "mine", $"note to self @{user.Username}");

        Assert.Empty(mentioned);
        var data = (await client.CallAsync("notification.getNotifications")).AssertSuccess();
        Assert.Empty(Items(data));
        Assert.Equal(0, data.GetProperty("unreadCount").GetInt32());
    }

    [Fact]
    public async Task Mentions_NotifyEachExistingUserOnce_NotTheAuthorNorThoseAlreadyNotified()
    {
        await using var cluster = await StartAsync();
        var (client, user, actor, sender) = await SetUpAsync(cluster);
        using var thirdClient = Client(cluster);
        var third = await thirdClient.RegisterAsync();
        using var fourthClient = Client(cluster);
        var fourth = await fourthClient.RegisterAsync();

        var notified = await sender.NotifyMentionsAsync(
            actor.Id,
            "post-9",
            $"@{user.Username} and @{user.Username.ToUpperInvariant()} meet @{third.Username}, @{actor.Username}, @{fourth.Username} and @nobody_here_at_all",
            alreadyNotified: [fourth.Id]);

        Assert.Equal(new[] { user.Id, third.Id }.Order(StringComparer.Ordinal), notified.Order(StringComparer.Ordinal));
        var mine = Items((await client.CallAsync("notification.getNotifications")).AssertSuccess());
        var item = Assert.Single(mine);
        Assert.Equal("mention", item.GetProperty("type").GetString());
        Assert.Equal("post-9", item.GetProperty("postId").GetString());
        Assert.Single(Items((await thirdClient.CallAsync("notification.getNotifications")).AssertSuccess()));
        Assert.Empty(Items((await fourthClient.CallAsync("notification.getNotifications")).AssertSuccess()));
    }

    [Fact]
    public async Task Procedures_RequireASession()
    {
        await using var cluster = await StartAsync();
        using var anonymous = Client(cluster);

        (await anonymous.CallAsync("notification.getNotifications")).AssertError(401, 1000);
        (await anonymous.CallAsync("notification.markRead", new { all = true })).AssertError(401, 1000);
    }

    [Fact]
    public async Task BadInput_GetsItsCodeAndNamesTheField()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        var cases = new (string Procedure, object Input, int Code, string Field)[]
        {
            ("notification.getNotifications", new { limit = 0 }, 1201, "limit"),
            ("notification.getNotifications", new { limit = 101 }, 1201, "limit"),
            ("notification.getNotifications", new { limit = "ten" }, 1200, "limit"),
            ("notification.getNotifications", new { since = "yesterday" }, 1200, "since"),
            ("notification.getNotifications", new { cursor = "not-a-cursor" }, 1203, "cursor"),
            ("notification.markRead", new { }, 1202, "ids"),
            ("notification.markRead", new { all = false }, 1202, "ids"),
            ("notification.markRead", new { ids = "abc" }, 1200, "ids"),
            ("notification.markRead", new { ids = new[] { "" } }, 1201, "ids"),
            ("notification.markRead", new { ids = Enumerable.Range(0, 1001).Select(i => $"id{i}").ToArray() }, 1201, "ids"),
        };

        foreach (var (procedure, input, code, field) in cases)
        {
            var response = await client.CallAsync(procedure, input);
            response.AssertError(400, code);
            Assert.Equal(field, response.ErrorField);
        }
    }

    private static List<JsonElement> Items(JsonElement data) => [.. data.GetProperty("items").EnumerateArray()];

    private async Task<(RpcClient Client, TestAccount User, TestAccount Actor, NotificationSender Sender)> SetUpAsync(TestCluster cluster)
    {
        var client = Client(cluster);
        var user = await client.RegisterAsync();
        using var actorClient = Client(cluster);
        var actor = await actorClient.RegisterAsync();
        return (client, user, actor, cluster.Silos[0].Services.GetRequiredService<NotificationSender>());
    }
}
