using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Accounts;
using Vrss.Grains.Moderation;
using Vrss.Grains.Notifications;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;

namespace Vrss.Grains.Tests.Accounts;

/// <summary>The contracts of the account lifecycle's repositories, run against every implementation.</summary>
public abstract class AccountRepositoryTests
{
    private static readonly DateTimeOffset s_now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract IEmailChangeRepository EmailChanges { get; }

    protected abstract IExportRepository Exports { get; }

    protected abstract IAccountDataRepository Data { get; }

    protected abstract IPostRepository Posts { get; }

    protected abstract ICommentRepository Comments { get; }

    protected abstract IReactionRepository Reactions { get; }

    protected abstract IFollowRepository Follows { get; }

    protected abstract INotificationRepository Notifications { get; }

    protected abstract IAccountStandingRepository Standings { get; }

    [Fact]
    public async Task EmailChange_IsConsumedOnce_BeforeItExpires_AndANewerOneRetiresTheOlder()
    {
        var user = NewId();
        var first = new EmailChangeRecord(Hash(), user, "first@example.org", s_now, s_now.AddHours(1));
        var second = new EmailChangeRecord(Hash(), user, "second@example.org", s_now, s_now.AddHours(1));
        await EmailChanges.InsertAsync(first, s_now);
        await EmailChanges.InsertAsync(second, s_now);

        Assert.Null(await EmailChanges.ConsumeAsync(first.TokenHash, s_now));
        Assert.Null(await EmailChanges.ConsumeAsync(second.TokenHash, s_now.AddHours(1)));
        var used = await EmailChanges.ConsumeAsync(second.TokenHash, s_now.AddMinutes(5));
        Assert.Equal((user, "second@example.org"), (used!.UserId, used.NewEmail));
        Assert.Null(await EmailChanges.ConsumeAsync(second.TokenHash, s_now.AddMinutes(5)));
        Assert.Equal(["second@example.org", "first@example.org"], (await Data.ListEmailChangeAddressesAsync(user)).OrderDescending());
    }

    [Fact]
    public async Task Export_IsPendingThenFinishedOnce_ListedWhenExpired_AndDeleted()
    {
        var user = NewId();
        var export = new ExportRecord(NewId(), user, ExportStatus.Pending, null, null, s_now, s_now.AddDays(7));
        var failed = new ExportRecord(NewId(), user, ExportStatus.Pending, null, null, s_now.AddMinutes(1), s_now.AddDays(8));
        await Exports.InsertAsync(export);
        await Exports.InsertAsync(failed);

        Assert.Equal(export, await Exports.GetAsync(export.Id));
        Assert.Equal(failed.Id, (await Exports.GetNewestAsync(user))!.Id);
        Assert.True(await Exports.FinishAsync(export.Id, $"exports/{user}/{export.Id}.zip", 1234));
        Assert.False(await Exports.FinishAsync(export.Id, null, null));
        Assert.True(await Exports.FinishAsync(failed.Id, null, null));
        Assert.Equal((ExportStatus.Ready, 1234L), ((await Exports.GetAsync(export.Id))!.Status, (await Exports.GetAsync(export.Id))!.Size));
        Assert.Equal(ExportStatus.Failed, (await Exports.GetAsync(failed.Id))!.Status);
        Assert.Equal([$"exports/{user}/{export.Id}.zip"], await Exports.ListKeysAsync(user));
        Assert.DoesNotContain(await Exports.ListExpiredAsync(s_now.AddDays(7).AddTicks(-10), 100), e => e.UserId == user);
        Assert.Equal([export.Id], (await Exports.ListExpiredAsync(s_now.AddDays(7), 100)).Where(e => e.UserId == user).Select(e => e.Id));
        Assert.True(await Exports.DeleteAsync(export.Id));
        Assert.False(await Exports.DeleteAsync(export.Id));
        Assert.Null(await Exports.GetAsync(export.Id));
    }

    [Fact]
    public async Task AccountData_ListsWhatAPurgeUndoes_ThenPurgeRowsLeavesNothingOfTheUser()
    {
        var (ada, bob) = (NewId(), NewId());
        var adaPost = NewId();
        var bobPost = NewId();
        Assert.True(await Posts.CreateAsync(new NewPost(adaPost, ada, PostType.TextShort, "mine", [], PostVisibility.Public, s_now)));
        Assert.True(await Posts.CreateAsync(new NewPost(bobPost, bob, PostType.TextShort, "bob's", [], PostVisibility.Public, s_now)));
        var onBob = new CommentRecord(NewId(), bobPost, ada, "on bob", s_now);
        var onMine = new CommentRecord(NewId(), adaPost, ada, "on mine", s_now.AddSeconds(1));
        var bobsOnMine = new CommentRecord(NewId(), adaPost, bob, "bob on ada", s_now.AddSeconds(2));
        foreach (var comment in new[] { onBob, onMine, bobsOnMine })
        {
            Assert.True(await Comments.AddAsync(comment));
        }

        await Reactions.SetAsync(bobPost, ada, ReactionType.Love, s_now);
        await Reactions.SetAsync(adaPost, bob, ReactionType.Wow, s_now);
        await Follows.FollowAsync(ada, bob, s_now);
        await Follows.FollowAsync(bob, ada, s_now);
        await Notifications.AddAsync(NewId(), bob, NotificationType.Comment, ada, bobPost, s_now);
        await Notifications.AddAsync(NewId(), ada, NotificationType.Follow, bob, null, s_now);
        await Standings.SaveAsync(ada, AccountStanding.Default with { SuspendedAt = s_now }, s_now);
        await Standings.SaveAsync(bob, AccountStanding.Default with { SuspendedAt = s_now }, s_now);

        Assert.Equal([adaPost], await Data.ListPostIdsAsync(ada));
        Assert.Equal([new CommentRef(onBob.Id, bobPost)], await Data.ListCommentsOnOthersAsync(ada));
        Assert.Equal([onBob.Id, onMine.Id], (await Data.ListCommentsAsync(ada)).Select(c => c.Id));
        Assert.Equal([new ReactionRef(bobPost, ReactionType.Love)], await Data.ListReactionsAsync(ada));

        await Data.PurgeRowsAsync(new PurgeTarget(ada, null, []), s_now);

        Assert.Empty(await Data.ListPostIdsAsync(ada));
        Assert.Empty(await Data.ListCommentsAsync(ada));
        Assert.Empty(await Data.ListReactionsAsync(ada));
        Assert.Null(await Posts.GetAsync(adaPost));
        Assert.Null(await Comments.GetAsync(bobsOnMine.Id));
        Assert.NotNull(await Posts.GetAsync(bobPost));
        Assert.Equal(new FollowCounts(0, 0), await Follows.CountAsync(bob));
        Assert.Empty((await Notifications.GetAsync(bob, null, null, 100)).Items);
        Assert.Empty((await Notifications.GetAsync(ada, null, null, 100)).Items);
        Assert.Empty(await Reactions.CountAsync(adaPost));
        Assert.Null(await Standings.GetAsync(ada));
        Assert.NotNull(await Standings.GetAsync(bob));
    }

    private static string NewId() => Guid.CreateVersion7().ToString("N");

    private static byte[] Hash() => Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray();
}
