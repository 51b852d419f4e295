using Vrss.GrainInterfaces.Notifications;
using Vrss.Grains.Notifications;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Notifications;

/// <summary>The contract of <see cref="INotificationRepository"/>, run against each provider by the derived classes.</summary>
public abstract class NotificationRepositoryTests : RepositoryTests
{
    private INotificationRepository Notifications => Get<INotificationRepository>();

    [Fact]
    public async Task Add_StoresAnUnreadNotification()
    {
        var (recipient, actor, id) = (NewId("recipient"), NewId("actor"), NewId("n"));

        var stored = await Notifications.AddAsync(id, recipient, NotificationType.Comment, actor, "post-1", T0);

        var expected = new NotificationRecord(id, recipient, NotificationType.Comment, actor, "post-1", Micro(T0), false);
        Assert.Equal(expected, stored);
        Assert.Equal([expected], (await Notifications.GetAsync(recipient, null, null, 10)).Items);
        Assert.Null((await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Follow, actor, null, T0)).PostId);
    }

    [Fact]
    public async Task Add_ContentRemoved_KeepsItsReason_AndOnlyItHasOne()
    {
        var (recipient, id) = (NewId("recipient"), NewId("n"));

        var stored = await Notifications.AddAsync(id, recipient, NotificationType.ContentRemoved, recipient, "post-1", T0, "spam links");

        var expected = new NotificationRecord(id, recipient, NotificationType.ContentRemoved, recipient, "post-1", Micro(T0), false, "spam links");
        Assert.Equal(expected, stored);
        Assert.Equal([expected], (await Notifications.GetAsync(recipient, null, null, 10)).Items);
        await Assert.ThrowsAsync<ArgumentException>(() => Notifications.AddAsync(NewId("n"), recipient, NotificationType.ContentRemoved, recipient, "post-1", T0));
        await Assert.ThrowsAsync<ArgumentException>(() => Notifications.AddAsync(NewId("n"), recipient, NotificationType.ContentRemoved, recipient, null, T0, "why"));
        await Assert.ThrowsAsync<ArgumentException>(() => Notifications.AddAsync(NewId("n"), recipient, NotificationType.Comment, NewId("actor"), "post-1", T0, "why"));
    }

    [Fact]
    public async Task Add_RepeatedReaction_KeepsOneNotification_MovedToTheLatestTimeAndUnread()
    {
        var (recipient, actor) = (NewId("recipient"), NewId("actor"));
        var first = await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Reaction, actor, "post-1", T0);
        await Notifications.MarkAllReadAsync(recipient);

        var again = await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Reaction, actor, "post-1", At(5));
        var older = await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Reaction, actor, "post-1", At(-5));

        Assert.Equal(first with { CreatedAt = At(5) }, again);
        Assert.Equal(again, older);
        Assert.Equal([again], (await Notifications.GetAsync(recipient, null, null, 10)).Items);
        Assert.Equal(1, await Notifications.CountUnreadAsync(recipient));
    }

    [Fact]
    public async Task Add_OnlyReactionsCollapse()
    {
        var (recipient, actor) = (NewId("recipient"), NewId("actor"));
        await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Reaction, actor, "post-1", T0);
        await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Reaction, actor, "post-2", T0);
        await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Reaction, NewId("actor"), "post-1", T0);
        await Notifications.AddAsync(NewId("n"), NewId("recipient"), NotificationType.Reaction, actor, "post-1", T0);
        await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Comment, actor, "post-1", T0);
        await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Comment, actor, "post-1", T0);
        await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Follow, actor, null, T0);
        await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Follow, actor, null, T0);

        Assert.Equal(7, (await Notifications.GetAsync(recipient, null, null, 100)).Items.Count);
    }

    [Fact]
    public async Task Add_BadArguments_AreRefused()
    {
        var (recipient, actor) = (NewId("recipient"), NewId("actor"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Notifications.AddAsync(NewId("n"), recipient, NotificationType.Reaction, actor, null, T0));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Notifications.AddAsync(NewId("n"), recipient, (NotificationType)17, actor, null, T0));

        var id = NewId("n");
        await Notifications.AddAsync(id, recipient, NotificationType.Mention, actor, "post-1", T0);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Notifications.AddAsync(id, recipient, NotificationType.Mention, actor, "post-2", T0));
        Assert.Single((await Notifications.GetAsync(recipient, null, null, 10)).Items);
    }

    [Fact]
    public async Task Get_NewestFirst_Paged_WithoutGapsWhileNotificationsArrive()
    {
        var recipient = NewId("recipient");
        var original = new List<NotificationRecord>();
        for (var i = 0; i < 11; i++)
        {
            original.Add(await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Follow, NewId("actor"), null, At(i / 2)));
        }

        await Notifications.AddAsync(NewId("n"), NewId("someone-else"), NotificationType.Follow, NewId("actor"), null, At(3));
        var seen = await Paging.AllAsync(
            cursor => Notifications.GetAsync(recipient, null, cursor, 4),
            async page => await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Follow, NewId("actor"), null, At(100 + page)));

        Assert.Equal(original.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id, StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Get_Since_ReturnsOnlyNotificationsAtOrAfterIt()
    {
        var recipient = NewId("recipient");
        var all = new List<NotificationRecord>();
        for (var i = 0; i < 6; i++)
        {
            all.Add(await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Comment, NewId("actor"), "post", At(i)));
        }

        var seen = await Paging.AllAsync(cursor => Notifications.GetAsync(recipient, At(3), cursor, 2));

        Assert.Equal(all.Skip(3).Reverse(), seen);
        Assert.Empty((await Notifications.GetAsync(recipient, At(6), null, 10)).Items);
    }

    [Fact]
    public async Task CountUnread_CountsOnlyTheRecipientsUnread()
    {
        var recipient = NewId("recipient");
        for (var i = 0; i < 4; i++)
        {
            await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Follow, NewId("actor"), null, At(i));
        }

        await Notifications.AddAsync(NewId("n"), NewId("other"), NotificationType.Follow, NewId("actor"), null, T0);

        Assert.Equal(4, await Notifications.CountUnreadAsync(recipient));
        Assert.Equal(0, await Notifications.CountUnreadAsync(NewId("nobody")));
    }

    [Fact]
    public async Task MarkRead_MarksOnlyTheRecipientsOwnNotifications()
    {
        var (recipient, other) = (NewId("recipient"), NewId("other"));
        var mine = new List<NotificationRecord>();
        for (var i = 0; i < 4; i++)
        {
            mine.Add(await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Follow, NewId("actor"), null, At(i)));
        }

        var theirs = await Notifications.AddAsync(NewId("n"), other, NotificationType.Follow, NewId("actor"), null, T0);

        var result = await Notifications.MarkReadAsync(recipient, [mine[0].Id, mine[2].Id, theirs.Id, NewId("n")]);

        Assert.Equal(new MarkReadResult(2, 2), result);
        Assert.Equal(new MarkReadResult(0, 2), await Notifications.MarkReadAsync(recipient, [mine[0].Id]));
        Assert.Equal(1, await Notifications.CountUnreadAsync(other));
        var read = (await Notifications.GetAsync(recipient, null, null, 10)).Items.Where(n => n.Read).Select(n => n.Id);
        Assert.Equal([mine[2].Id, mine[0].Id], read);
        Assert.Equal(new MarkReadResult(0, 2), await Notifications.MarkReadAsync(recipient, []));
    }

    [Fact]
    public async Task MarkAllRead_MarksEveryUnreadNotificationOfTheRecipient()
    {
        var (recipient, other) = (NewId("recipient"), NewId("other"));
        for (var i = 0; i < 3; i++)
        {
            await Notifications.AddAsync(NewId("n"), recipient, NotificationType.Follow, NewId("actor"), null, At(i));
        }

        await Notifications.AddAsync(NewId("n"), other, NotificationType.Follow, NewId("actor"), null, T0);

        Assert.Equal(new MarkReadResult(3, 0), await Notifications.MarkAllReadAsync(recipient));
        Assert.Equal(new MarkReadResult(0, 0), await Notifications.MarkAllReadAsync(recipient));
        Assert.All((await Notifications.GetAsync(recipient, null, null, 10)).Items, n => Assert.True(n.Read));
        Assert.Equal(1, await Notifications.CountUnreadAsync(other));
    }

    [Fact]
    public async Task Add_ConcurrentRepeatedReactions_MakeOneNotification()
    {
        var (recipient, actor) = (NewId("recipient"), NewId("actor"));

        var stored = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Notifications.AddAsync(NewId("n"), recipient, NotificationType.Reaction, actor, "post-1", At(i))));

        var only = Assert.Single((await Notifications.GetAsync(recipient, null, null, 100)).Items);
        Assert.All(stored, s => Assert.Equal(only.Id, s.Id));
        Assert.Equal(At(19), only.CreatedAt);
    }
}
