using Vrss.Grains.Social;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Social;

/// <summary>The contract of <see cref="IFollowRequestRepository"/>, run against each provider by the derived classes.</summary>
public abstract class FollowRequestRepositoryTests : RepositoryTests
{
    private IFollowRequestRepository Requests => Get<IFollowRequestRepository>();

    private IFollowRepository Follows => Get<IFollowRepository>();

    [Fact]
    public async Task Request_IsStoredOnce_AndIsNotAFollow()
    {
        var (fan, star) = (NewId("fan"), NewId("star"));

        Assert.True(await Requests.RequestAsync(fan, star, T0));
        Assert.False(await Requests.RequestAsync(fan, star, At(1)));

        Assert.Equal([new FollowEdge(fan, Micro(T0))], (await Requests.GetIncomingAsync(star, null, 10)).Items);
        Assert.Empty((await Requests.GetIncomingAsync(fan, null, 10)).Items);
        Assert.False(await Follows.IsFollowingAsync(fan, star));
        Assert.Equal(new FollowCounts(0, 0), await Follows.CountAsync(star));
        Assert.Empty((await Follows.GetFollowersAsync(star, null, 10)).Items);
    }

    [Fact]
    public async Task Request_WhileFollowing_OrToOneself_IsRefused()
    {
        var (fan, star) = (NewId("fan"), NewId("star"));
        await Follows.FollowAsync(fan, star, T0);

        Assert.False(await Requests.RequestAsync(fan, star, At(1)));
        Assert.Empty((await Requests.GetIncomingAsync(star, null, 10)).Items);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Requests.RequestAsync(fan, fan, T0));
    }

    [Fact]
    public async Task Accept_MovesTheRequestIntoTheFollows_Once()
    {
        var (fan, star) = (NewId("fan"), NewId("star"));
        await Requests.RequestAsync(fan, star, T0);

        Assert.True(await Requests.AcceptAsync(fan, star, At(5)));
        Assert.False(await Requests.AcceptAsync(fan, star, At(6)));

        Assert.True(await Follows.IsFollowingAsync(fan, star));
        Assert.Equal([new FollowEdge(fan, At(5))], (await Follows.GetFollowersAsync(star, null, 10)).Items);
        Assert.Empty((await Requests.GetIncomingAsync(star, null, 10)).Items);
        Assert.False(await Requests.AcceptAsync(NewId("stranger"), star, At(7)));
    }

    [Fact]
    public async Task Remove_RejectsOrWithdraws_AndLeavesNoFollow()
    {
        var (fan, star) = (NewId("fan"), NewId("star"));
        await Requests.RequestAsync(fan, star, T0);

        Assert.True(await Requests.RemoveAsync(fan, star));
        Assert.False(await Requests.RemoveAsync(fan, star));

        Assert.False(await Requests.AcceptAsync(fan, star, At(1)));
        Assert.False(await Follows.IsFollowingAsync(fan, star));
        Assert.True(await Requests.RequestAsync(fan, star, At(2)));
    }

    [Fact]
    public async Task GetIncoming_NewestFirst_Paged()
    {
        var star = NewId("star");
        var asked = new List<FollowEdge>();
        for (var i = 0; i < 9; i++)
        {
            var fan = NewId("fan");
            await Requests.RequestAsync(fan, star, At(i / 2)); // two per instant: ties are broken by id
            asked.Add(new FollowEdge(fan, At(i / 2)));
        }

        await Requests.RequestAsync(star, NewId("other"), T0);

        var seen = await Paging.AllAsync(cursor => Requests.GetIncomingAsync(star, cursor, 4));

        Assert.Equal(asked.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.UserId, StringComparer.Ordinal), seen);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Requests.GetIncomingAsync(star, null, 101));
    }

    [Fact]
    public async Task AcceptAndWithdraw_Racing_NeverLeaveBothOrAFollowFromAWithdrawnRequest()
    {
        for (var i = 0; i < 20; i++)
        {
            var (fan, star) = (NewId("fan"), NewId("star"));
            await Requests.RequestAsync(fan, star, T0);

            var results = await Task.WhenAll(Requests.AcceptAsync(fan, star, At(1)), Requests.RemoveAsync(fan, star));

            Assert.Single(results, r => r);
            Assert.Equal(results[0], await Follows.IsFollowingAsync(fan, star));
            Assert.Empty((await Requests.GetIncomingAsync(star, null, 10)).Items);
        }
    }
}
