using Vrss.Grains.Feeds;
using Vrss.Grains.Social;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Feeds;

/// <summary>The contract of <see cref="IPullAuthorRepository"/>, run against each provider by the derived classes.</summary>
public abstract class PullAuthorRepositoryTests : RepositoryTests
{
    private IPullAuthorRepository Pulled => Get<IPullAuthorRepository>();

    private IFollowRepository Follows => Get<IFollowRepository>();

    [Fact]
    public async Task SetPulled_ReportsChanges_AndIsPulledReadsThem()
    {
        var star = NewId("star");

        Assert.False(await Pulled.IsPulledAsync(star));
        Assert.True(await Pulled.SetPulledAsync(star, true, T0));
        Assert.False(await Pulled.SetPulledAsync(star, true, At(1)));
        Assert.True(await Pulled.IsPulledAsync(star));
        Assert.True(await Pulled.SetPulledAsync(star, false, At(2)));
        Assert.False(await Pulled.SetPulledAsync(star, false, At(3)));
        Assert.False(await Pulled.IsPulledAsync(star));
    }

    [Fact]
    public async Task GetFollowed_ListsThePulledAuthorsTheUserFollows()
    {
        var fan = NewId("fan");
        var (bigFollowed, bigOther, smallFollowed) = (NewId("big"), NewId("big"), NewId("small"));
        await Pulled.SetPulledAsync(bigFollowed, true, T0);
        await Pulled.SetPulledAsync(bigOther, true, T0);
        await Follows.FollowAsync(fan, bigFollowed, T0);
        await Follows.FollowAsync(fan, smallFollowed, T0);
        await Follows.FollowAsync(NewId("someone"), bigOther, T0);

        Assert.Equal([bigFollowed], await Pulled.GetFollowedAsync(fan));

        await Follows.UnfollowAsync(fan, bigFollowed);
        Assert.Empty(await Pulled.GetFollowedAsync(fan));
    }
}
