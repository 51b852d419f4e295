using Vrss.Grains.Blocks;
using Vrss.Grains.Social;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Blocks;

/// <summary>The contract of <see cref="IBlockRepository"/> (and of removing pending connection requests), run against each provider.</summary>
public abstract class BlockRepositoryTests : RepositoryTests
{
    private IBlockRepository Blocks => Get<IBlockRepository>();

    private IConnectionRepository Connections => Get<IConnectionRepository>();

    [Fact]
    public async Task Add_IsStoredOncePerKind_AndListedNewestFirst()
    {
        var (owner, first, second) = (NewId("owner"), NewId("first"), NewId("second"));

        Assert.True(await Blocks.AddAsync(BlockKind.Block, owner, first, T0));
        Assert.False(await Blocks.AddAsync(BlockKind.Block, owner, first, At(1)));
        Assert.True(await Blocks.AddAsync(BlockKind.Block, owner, second, At(2)));
        Assert.True(await Blocks.AddAsync(BlockKind.Mute, owner, first, At(3)));

        Assert.Equal([new BlockEdge(second, At(2)), new BlockEdge(first, Micro(T0))], await Blocks.ListAsync(BlockKind.Block, owner, 100));
        Assert.Equal([new BlockEdge(first, At(3))], await Blocks.ListAsync(BlockKind.Mute, owner, 100));
        Assert.Equal([new BlockEdge(second, At(2))], await Blocks.ListAsync(BlockKind.Block, owner, 1));
        Assert.Empty(await Blocks.ListAsync(BlockKind.Block, first, 100));
    }

    [Fact]
    public async Task Blockers_AreTheUsersBlockingTheTarget_NotThoseMutingIt()
    {
        var (target, blocker, muter, other) = (NewId("target"), NewId("blocker"), NewId("muter"), NewId("other"));
        await Blocks.AddAsync(BlockKind.Block, blocker, target, T0);
        await Blocks.AddAsync(BlockKind.Mute, muter, target, T0);
        await Blocks.AddAsync(BlockKind.Block, target, other, T0);

        Assert.Equal([blocker], await Blocks.ListBlockersAsync(target));
        Assert.Equal([target], await Blocks.ListBlockersAsync(other));
        Assert.Empty(await Blocks.ListBlockersAsync(blocker));
    }

    [Fact]
    public async Task Remove_DeletesOnlyThatKind_Once()
    {
        var (owner, target) = (NewId("owner"), NewId("target"));
        await Blocks.AddAsync(BlockKind.Block, owner, target, T0);
        await Blocks.AddAsync(BlockKind.Mute, owner, target, T0);

        Assert.True(await Blocks.RemoveAsync(BlockKind.Block, owner, target));
        Assert.False(await Blocks.RemoveAsync(BlockKind.Block, owner, target));

        Assert.Empty(await Blocks.ListAsync(BlockKind.Block, owner, 100));
        Assert.Empty(await Blocks.ListBlockersAsync(target));
        Assert.Equal([new BlockEdge(target, Micro(T0))], await Blocks.ListAsync(BlockKind.Mute, owner, 100));
    }

    [Fact]
    public async Task Oneself_OrAnUnknownKind_IsRefused()
    {
        var owner = NewId("owner");
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Blocks.AddAsync(BlockKind.Block, owner, owner, T0));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Blocks.AddAsync((BlockKind)7, owner, NewId("x"), T0));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Blocks.ListAsync(BlockKind.Mute, "", 10));
    }

    [Fact]
    public async Task RemovePendingBetween_DeletesThePendingRequestInEitherDirection_AndNothingElse()
    {
        var (a, b, c) = (NewId("a"), NewId("b"), NewId("c"));
        await Connections.RequestAsync(NewId("r"), b, a, "hi", T0);
        var answered = (await Connections.RequestAsync(NewId("r"), c, a, null, T0)).Request!;
        await Connections.RespondAsync(answered.Id, a, accept: true, At(1));

        Assert.True(await Connections.RemovePendingBetweenAsync(a, b));
        Assert.False(await Connections.RemovePendingBetweenAsync(b, a));
        Assert.False(await Connections.RemovePendingBetweenAsync(a, c));

        Assert.Empty((await Connections.GetIncomingAsync(a, null, 10)).Items);
        Assert.True(await Connections.AreConnectedAsync(a, c));
        Assert.Equal(Vrss.Grains.Social.ConnectionRequestOutcome.Created, (await Connections.RequestAsync(NewId("r"), a, b, null, At(2))).Outcome);
    }
}
